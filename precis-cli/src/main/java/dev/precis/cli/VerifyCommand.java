package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.read.ReadResult;
import dev.precis.render.SummaryFormat;
import dev.precis.render.VerificationWriter;
import dev.precis.verify.SummaryVerifier;
import dev.precis.verify.Verification;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis verify}: each sentence of a summary checked against the articles. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks each sentence of a summary against the articles it summarises.",
      "Each sentence is supported (with the source sentences that state it), contradicted (a "
          + "source states another figure, date or name, or the opposite) or not found in the "
          + "sources.",
      "ARTICLES are read as summarize reads them."
    })
final class VerifyCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = {"-s", "--summary"}, paramLabel = "FILE", required = true,
      description = "The summary to check, UTF-8 text.")
  Path summary;

  @Parameters(paramLabel = "ARTICLES", arity = "1..*",
      description = "Source articles: .txt, .html, .json or .jsonl files, directories, or -.")
  List<String> paths;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: text, markdown, json, html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path out;

  @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "10",
      description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
  long maxFileMb;

  @Option(names = {"-q", "--quiet"}, description = "No warnings on stderr.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    OutputFile.check(out);
    SummaryFormat summaryFormat = SummaryFormat.parse(format);
    String text = readSummary(summary);
    ReadResult read = FileLimit.read(FileLimit.reader(maxFileMb), paths, System.in);
    if (!quiet) {
      read.warnings().forEach(w -> spec.commandLine().getErr().println("precis: " + w));
    }
    Verification verification = new SummaryVerifier(read.articles()).verify(text);
    String written = VerificationWriter.write(verification, summaryFormat);
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(written);
      stdout.flush();
    } else {
      OutputFile.write(out, written);
    }
    return 0;
  }

  private static String readSummary(Path file) {
    try {
      if (Files.size(file) > FileLimit.DEFAULT_MB * 1024 * 1024) {
        throw new PrecisException(file + ": a summary larger than " + FileLimit.DEFAULT_MB
            + " MB is not a summary");
      }
      return StandardCharsets.UTF_8.newDecoder().decode(
          java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      throw new PrecisException(file + " does not exist", e);
    } catch (CharacterCodingException e) {
      throw new PrecisException(file + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new PrecisException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
