package org.preferencetrainer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.preferencetrainer.content.Pack;
import org.preferencetrainer.model.ModelSettings;
import org.preferencetrainer.model.PairStrategy;
import org.preferencetrainer.session.SimulatedLearner;
import org.preferencetrainer.session.Simulation;

/**
 * {@code simulate}: simulated learners play a pack under each pair strategy, and one line per
 * strategy gives top1, agreement and adaptation ({@link Simulation} defines them). The same
 * options give the same lines.
 */
final class SimulateCommand implements Command {
    /** The options that take a value, with the text that describes it in messages. */
    private static final Map<String, String> VALUED = new LinkedHashMap<>();

    static {
        VALUED.put("--pack", "a pack file");
        VALUED.put("--learners", "a whole number of learners, at least 1");
        VALUED.put("--rounds", "a whole number of rounds");
        VALUED.put("--seed", "a whole number");
        VALUED.put("--consistency", "a probability from 0 to 1");
        VALUED.put("--others", "a number from 0 to below 1");
        VALUED.put("--strategies", "strategy names separated by commas");
        VALUED.put("--learning-rate", "a positive number");
        VALUED.put("--prior-precision", "a positive number");
        VALUED.put("--beta", "a positive number");
        VALUED.put("--policy-bonus", "a number of at least 0");
    }

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String usage() {
        return "[--pack FILE] [--learners N] [--rounds R] [--seed S] [--consistency C]\n"
                + "           [--others X] [--strategies a,b] [--learning-rate ETA]"
                + " [--prior-precision LAMBDA]\n"
                + "           [--beta BETA] [--policy-bonus B] [--details]\n"
                + "           simulated learners with one dominant criterion play the pack under"
                + " each\n           pair strategy (" + strategyList() + "); one line each:\n"
                + "           strategy=NAME top1=X agreement=Y adaptation=Z";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        boolean details = false;

        // read the options: --name value or --name=value
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--details")) {
                details = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (!VALUED.containsKey(name)) {
                return usageError(err, "unknown option \"" + arg + "\"");
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                return usageError(err, name + " needs " + VALUED.get(name));
            }
            options.put(name, value);
        }

        try {
            return simulate(options, details, out, err);
        } catch (BadOption e) {
            return usageError(err, e.getMessage());
        }
    }

    private int simulate(Map<String, String> options, boolean details, PrintStream out,
            PrintStream err) throws BadOption {
        // the pack first: its size bounds the rounds
        PackSource source = options.containsKey("--pack")
                ? PackSource.read(Path.of(options.get("--pack"))) : PackSource.builtIn();
        if (source.pack() == null) {
            for (String problem : source.problems()) {
                err.println("simulate: " + problem);
            }
            return 1;
        }
        Pack pack = source.pack();

        int learners = wholeNumber(options, "--learners", 1000);
        int rounds = wholeNumber(options, "--rounds", pack.rounds());
        long seed = longNumber(options, "--seed", 1);
        double consistency = number(options, "--consistency", 0.95);
        double others = number(options, "--others", SimulatedLearner.OTHER_WEIGHT_RANGE);
        if (learners < 1) {
            throw new BadOption("--learners: " + learners + " is not " + VALUED.get("--learners"));
        }
        if (!(consistency >= 0 && consistency <= 1)) {
            throw new BadOption("--consistency: " + consistency + " is not "
                    + VALUED.get("--consistency"));
        }
        if (!(others >= 0 && others < 1)) {
            throw new BadOption("--others: " + others + " is not " + VALUED.get("--others"));
        }
        ModelSettings settings = settings(options);
        List<PairStrategy> strategies = strategies(options);

        Simulation simulation;
        try {
            simulation = Simulation.of(pack, rounds, learners, consistency, others, seed);
        } catch (IllegalArgumentException e) {
            throw new BadOption("--rounds: " + e.getMessage());
        }
        for (PairStrategy strategy : strategies) {
            Simulation.Result result = simulation.run(settings, strategy);
            String line = "strategy=" + strategy.id()
                    + " top1=" + fixed(result.top1())
                    + " agreement=" + fixed(result.agreement())
                    + " adaptation=" + fixed(result.adaptation());
            if (details) {
                line += " shown=" + fixed(result.shown()) + " strong=" + fixed(result.strong());
            }
            out.println(line);
        }
        return 0;
    }

    private static ModelSettings settings(Map<String, String> options) throws BadOption {
        ModelSettings settings = ModelSettings.defaults();
        String[] names = {"--learning-rate", "--prior-precision", "--beta", "--policy-bonus"};
        for (String name : names) {
            if (!options.containsKey(name)) {
                continue;
            }
            double value = number(options, name, 0);
            try {
                if (name.equals("--learning-rate")) {
                    settings = settings.withLearningRate(value);
                } else if (name.equals("--prior-precision")) {
                    settings = settings.withPriorPrecision(value);
                } else if (name.equals("--beta")) {
                    settings = settings.withBeta(value);
                } else {
                    settings = settings.withPolicyBonus(value);
                }
            } catch (IllegalArgumentException e) {
                throw new BadOption(name + ": " + value + " is not " + VALUED.get(name));
            }
        }
        return settings;
    }

    private static List<PairStrategy> strategies(Map<String, String> options) throws BadOption {
        List<PairStrategy> strategies = new ArrayList<>();
        if (!options.containsKey("--strategies")) {
            strategies.addAll(List.of(PairStrategy.values()));
            return strategies;
        }
        for (String id : options.get("--strategies").split(",", -1)) {
            PairStrategy strategy = PairStrategy.byId(id.trim());
            if (strategy == null) {
                throw new BadOption("--strategies: no strategy is called \"" + id.trim()
                        + "\"; there are " + strategyList());
            }
            strategies.add(strategy);
        }
        return strategies;
    }

    private static String strategyList() {
        StringBuilder names = new StringBuilder();
        for (PairStrategy strategy : PairStrategy.values()) {
            names.append(names.length() > 0 ? ", " : "").append(strategy.id());
        }
        return names.toString();
    }

    private static int wholeNumber(Map<String, String> options, String name, int fallback)
            throws BadOption {
        long value = longNumber(options, name, fallback);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new BadOption(name + ": " + value + " is too large");
        }
        return (int) value;
    }

    private static long longNumber(Map<String, String> options, String name, long fallback)
            throws BadOption {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BadOption(name + ": \"" + text + "\" is not " + VALUED.get(name));
        }
    }

    private static double number(Map<String, String> options, String name, double fallback)
            throws BadOption {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadOption(name + ": \"" + text + "\" is not " + VALUED.get(name));
        }
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private int usageError(PrintStream err, String message) {
        err.println("simulate: " + message);
        err.println("Usage: java -jar preference-trainer-cli.jar simulate " + usage());
        return Cli.USAGE;
    }

    /** An option the command cannot use, with a message that says which and why. */
    private static final class BadOption extends Exception {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }
}
