package org.preferencetrainer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.content.UiText;

/**
 * {@code validate [--lang LANG] FILE...}: checks each pack file against every rule of the format
 * and prints each problem as {@code FILE: PATH: MESSAGE}. Exits 0 when every file is a valid
 * pack, 1 otherwise.
 */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "[--lang en|es|fr] FILE...\n"
                + "           check content packs; prints FILE: PATH: MESSAGE for each problem"
                + " and exits 1 if any";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String language = "en";
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--lang") && i + 1 < args.size()) {
                language = args.get(++i);
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                err.println("validate: unknown option " + arg);
                return Cli.USAGE;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            err.println("validate: name at least one pack file, such as content/en.json");
            return Cli.USAGE;
        }

        UiText text = UiText.forLanguage(language);
        int invalid = 0;
        for (Path file : files) {
            PackFile pack = PackFile.read(file);
            if (pack.isValid()) {
                out.println(file + ": valid (" + summary(pack.pack()) + ")");
            } else {
                invalid++;
                pack.report(text).forEach(out::println);
            }
        }
        if (files.size() > 1) {
            out.println((files.size() - invalid) + " of " + files.size() + " files are valid"
                    + " packs");
        }
        return invalid == 0 ? 0 : 1;
    }

    /** "4 criteria, 12 questions, 8 rounds, a quiz of 4" */
    private static String summary(Pack pack) {
        return pack.criteria().size() + " criteria, " + pack.questions().size() + " questions, "
                + pack.rounds() + " rounds"
                + (pack.quiz().isEmpty() ? "" : ", a quiz of " + pack.quiz().size());
    }
}
