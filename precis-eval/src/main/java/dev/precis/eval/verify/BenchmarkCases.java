package dev.precis.eval.verify;

import dev.precis.PrecisException;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.data.Topic;
import dev.precis.facts.Entity;
import dev.precis.facts.EntityType;
import dev.precis.facts.FactExtractor;
import dev.precis.verify.SummaryVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * The sentences of the verify benchmark, cluster by cluster: each reference sentence as written
 * and changed the way models err, with the part (tuning or held-out) its cluster falls in. Shared
 * by {@link VerifyBenchmark} (which verifies them) and {@link VerifyTrainer} (which fits the
 * verdict model on the tuning part), so both read the same sentences.
 *
 * <pre>{@code
 * BenchmarkCases.forEach(shared, (cluster, verifier) -> ...);
 * }</pre>
 *
 * <p>Deterministic: each change is drawn from a random generator seeded by the cluster id and
 * the sentence's place.
 */
final class BenchmarkCases {
  /** The datasets, under {@code shared/data}. */
  static final List<String> DATASETS = List.of("duc2003/task2.jsonl", "duc2003/task4.jsonl",
      "multinews/sample100.jsonl", "tac2011-multiling/english.jsonl");
  /** One cluster in this many is held out. */
  static final int HELD_OUT_EVERY = 3;
  static final List<String> KINDS = List.of("unchanged", "number", "date", "name", "negation",
      "other-story");

  private BenchmarkCases() {}

  /**
   * One reference sentence: {@code texts} holds it as written (kind 0) and its changes, one per
   * further {@link #KINDS} entry, null where that change does not apply.
   */
  record Sentence(List<String> texts) {}

  /** One cluster's sentences, with the verifier over its articles. */
  record Cluster(String dataset, String id, boolean heldOut, SummaryVerifier verifier,
      List<Sentence> sentences) {}

  interface Visitor {
    void cluster(Cluster cluster);
  }

  /** Visits every cluster of the datasets under {@code shared}, in file order. */
  static void forEach(Path shared, java.util.function.Function<List<dev.precis.text.Article>,
      SummaryVerifier> verifiers, Visitor visitor) {
    for (String dataset : DATASETS) {
      Path file = shared.resolve("data").resolve(dataset);
      if (!Files.isRegularFile(file)) {
        throw new PrecisException(file + " does not exist: give the shared directory "
            + "(../shared from the project root)");
      }
      List<Topic> topics = DatasetReader.readAll(file);
      for (int t = 0; t < topics.size(); t++) {
        Topic topic = topics.get(t);
        Topic next = topics.get((t + 1) % topics.size());
        if (topic.documents().isEmpty() || topic.references().isEmpty()) {
          continue;
        }
        visitor.cluster(new Cluster(dataset, topic.id(), heldOut(topic.id()),
            verifiers.apply(topic.documents()), sentences(topic, next)));
      }
    }
  }

  static boolean heldOut(String clusterId) {
    CRC32 crc = new CRC32();
    crc.update(clusterId.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % HELD_OUT_EVERY == 0;
  }

  private static List<Sentence> sentences(Topic topic, Topic next) {
    List<String> people = people(topic);
    List<String> strangers = new ArrayList<>();
    for (Topic.Reference r : next.references()) {
      strangers.addAll(SummaryVerifier.sentences(r.text()));
    }
    List<Sentence> sentences = new ArrayList<>();
    int index = 0;
    for (Topic.Reference reference : topic.references()) {
      for (String sentence : SummaryVerifier.sentences(reference.text())) {
        index++;
        Random random = new Random(topic.id().hashCode() * 31L + index);
        String[] changed = {
          sentence,
          Mutations.number(sentence, random),
          Mutations.date(sentence, random),
          Mutations.name(sentence, people, random),
          Mutations.negation(sentence),
          strangers.isEmpty() || next == topic ? null
              : strangers.get(random.nextInt(strangers.size())),
        };
        for (int k = 1; k < changed.length; k++) {
          if (changed[k] != null && changed[k].equals(sentence)) {
            changed[k] = null;
          }
        }
        sentences.add(new Sentence(java.util.Arrays.asList(changed)));
      }
    }
    return sentences;
  }

  /** The story's people by their names as written, most mentioned first, two words or more. */
  private static List<String> people(Topic topic) {
    List<String> people = new ArrayList<>();
    for (Entity e : new FactExtractor().extract(topic.documents()).entities()) {
      if (e.type() == EntityType.PERSON && e.name().contains(" ")) {
        people.add(e.name());
      }
    }
    return people;
  }
}
