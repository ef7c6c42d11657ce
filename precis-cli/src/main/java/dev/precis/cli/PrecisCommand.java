package dev.precis.cli;

import dev.precis.PrecisException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code precis} command: summarize, evaluate and benchmark multi-document news summaries. */
@Command(
    name = "precis",
    mixinStandardHelpOptions = true,
    versionProvider = PrecisCommand.Version.class,
    description = "Précis: short, faithful, source-attributed summaries of many news articles.")
public final class PrecisCommand implements Runnable {
  /** The subcommands, in the order the usage lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      TrainStoriesCommand.class,
      TrainFurnitureCommand.class,
      TrainSentencesCommand.class,
      TrainVerifyCommand.class,
      SummarizeCommand.class,
      VerifyCommand.class,
      EvalVerifyCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      DedupCommand.class,
      ParaphraseCommand.class,
      ClusterCommand.class,
      EvalClusterCommand.class,
      DigestCommand.class,
      EvalUpdateCommand.class,
      EvalQueryCommand.class,
      EvalFurnitureCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (for tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(args.length == 0 ? null : args[0]);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("precis: " + describe(e));
      if (System.getenv("PRECIS_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return e instanceof PrecisException ? 2 : 1;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // an Error escapes picocli's handler; still one line, never a thousand-line trace
      err.println("precis: " + describe(e));
      if (System.getenv("PRECIS_DEBUG") != null) {
        e.printStackTrace(err);
      }
      err.flush();
      return 1;
    }
  }

  /** The whole command line, every subcommand registered. */
  static CommandLine commandLine() {
    return commandLine(null);
  }

  /**
   * The command line for a run whose first argument is {@code first}: when it names a subcommand
   * (other than {@code help}, which needs the others), only that one is registered. Picocli builds
   * each registered command's model by reflection, and building all sixteen was half of a
   * one-story summary's time on the main thread; a run uses one. Any other first argument (none,
   * {@code --help}, a misspelt name) gets them all, for the usage and picocli's suggestions.
   */
  static CommandLine commandLine(String first) {
    Class<?> named = null;
    for (Class<?> command : SUBCOMMANDS) {
      String name = command.getAnnotation(Command.class).name();
      if (name.equals(first) && command != CommandLine.HelpCommand.class) {
        named = command;
      }
    }
    CommandLine cli = new CommandLine(new PrecisCommand());
    for (Class<?> command : SUBCOMMANDS) {
      if (named == null || command == named) {
        cli.addSubcommand(command);
      }
    }
    return cli;
  }

  private static String describe(Throwable e) {
    if (e instanceof PrecisException) {
      return e.getMessage();
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory; give the JVM more heap (PRECIS_JAVA_OPTS=-Xmx4g) or less input";
    }
    if (e instanceof StackOverflowError) {
      return "input nested too deeply to process (stack overflow); please report it, with "
          + "PRECIS_DEBUG=1 for the stack trace";
    }
    if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) {
      return "I/O error: " + u.getCause().getMessage();
    }
    return "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
        + "); please report it, with PRECIS_DEBUG=1 for the stack trace";
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar manifest when packaged. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PrecisCommand.class.getPackage().getImplementationVersion();
      return new String[] {"precis " + (v == null ? "development build" : v)};
    }
  }
}
