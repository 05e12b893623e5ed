package org.preferencetrainer.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the command line, such as {@code validate}. */
interface Command {
    /** The word that selects it: {@code validate}. */
    String name();

    /** Its arguments and a line on what it does, for the usage text. */
    String usage();

    /**
     * Runs with the arguments after the command's name.
     *
     * @return the process's exit code: 0 for success, 1 for a failed check, 2 for a usage error
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
