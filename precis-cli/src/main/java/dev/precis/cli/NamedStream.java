package dev.precis.cli;

import dev.precis.eval.stream.LabeledStream;
import dev.precis.eval.stream.Streams;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --stream NAME [--shared DIR]}: one of the evaluation streams built from {@code
 * ../shared}, named the same way by the stream commands and {@code eval-cluster}.
 */
final class NamedStream {
  @Option(names = "--stream", paramLabel = "NAME",
      description = "One of the evaluation streams built from the data under --shared, every "
          + "article of it, mixed: duc2003, multinews, uci or tac2011-LANG (english, french, "
          + "czech, greek, arabic, hebrew, hindi).")
  String name;

  @Mixin SharedData shared;

  boolean given() {
    return name != null;
  }

  /** The stream named; call only when {@link #given()}. */
  LabeledStream load() {
    return Streams.named(name, shared.dir());
  }
}
