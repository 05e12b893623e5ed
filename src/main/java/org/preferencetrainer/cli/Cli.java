package org.preferencetrainer.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * The command line: {@code java -jar preference-trainer-cli.jar COMMAND ARGS...}. It only
 * picks the subcommand and hands over; each {@link Command} does its own work, and a new one
 * joins by being added to {@link #COMMANDS}.
 */
public final class Cli {
    /** Exit code for a command line that could not be understood. */
    static final int USAGE = 2;

    private static final List<Command> COMMANDS = List.of(new ValidateCommand(),
            new SimulateCommand());

    private Cli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns its exit code, without exiting. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")
                || args[0].equals("-h")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : 0;
        }
        for (Command command : COMMANDS) {
            if (command.name().equals(args[0])) {
                return command.run(List.of(args).subList(1, args.length), out, err);
            }
        }
        err.println("Unknown command \"" + args[0] + "\".");
        usage(err);
        return USAGE;
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar preference-trainer-cli.jar COMMAND ARGS...");
        out.println();
        out.println("Commands:");
        for (Command command : COMMANDS) {
            out.println("  " + command.name() + " " + command.usage());
        }
        out.println("  help    this text");
    }
}
