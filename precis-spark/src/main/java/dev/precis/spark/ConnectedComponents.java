package dev.precis.spark;

import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph in Spark, by label propagation: every vertex starts with its own
 * id as label and takes the smallest label among itself and its neighbours, then the label of
 * that label's vertex (pointer jumping), round after round, until no label changes. Each component ends labelled with its smallest vertex, whatever the
 * partitioning: the same components as a union-find on one machine. Rounds are as many as the
 * longest shortest path in a component, each a join; the lineage is checkpointed every few rounds
 * in the job's checkpoint directory.
 *
 * <pre>{@code
 * JavaPairRDD<Long, Long> componentOf = ConnectedComponents.of(vertices, edges, log);
 * }</pre>
 */
final class ConnectedComponents {
  /** Rounds at most: a component this long is a chain no real stream makes. */
  static final int MAX_ROUNDS = 500;
  /** Rounds between checkpoints of the labels (when the job has a checkpoint directory). */
  static final int CHECKPOINT_EVERY = 5;

  private ConnectedComponents() {}

  /**
   * The component of every vertex, named by its smallest vertex.
   *
   * @param vertices every vertex, once
   * @param edges undirected edges, in either direction, repeats allowed
   */
  static JavaPairRDD<Long, Long> of(JavaRDD<Long> vertices, JavaPairRDD<Long, Long> edges,
      StageLog log, String what) {
    // one partitioning for everything, so the joins of a round need no shuffle but the offers'
    Partitioner partitioner = new HashPartitioner(Math.max(1, vertices.getNumPartitions()));
    JavaPairRDD<Long, Long> both = edges.filter(e -> !e._1().equals(e._2()))
        .flatMapToPair(e -> java.util.List.of(e, e.swap()).iterator())
        .distinct(partitioner.numPartitions())
        .partitionBy(partitioner)
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> labels = vertices.mapToPair(v -> new Tuple2<>(v, v))
        .partitionBy(partitioner)
        .persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      // each vertex offers its label to its neighbours; each keeps the smallest it sees
      JavaPairRDD<Long, Long> offered = both.join(labels, partitioner)
          .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
          .reduceByKey(partitioner, Math::min);
      JavaPairRDD<Long, Long> offeredMin = labels.leftOuterJoin(offered, partitioner)
          .mapValues(e -> e._2().isPresent() ? Math.min(e._1(), e._2().get()) : e._1());
      // and the label of its label (pointer jumping): a chain settles in far fewer rounds
      JavaPairRDD<Long, Long> next = offeredMin
          .mapToPair(e -> new Tuple2<>(e._2(), e._1()))
          .join(offeredMin, partitioner)
          .mapToPair(e -> new Tuple2<>(e._2()._1(), Math.min(e._1(), e._2()._2())))
          .partitionBy(partitioner)
          .persist(StorageLevel.MEMORY_AND_DISK());
      if (round % CHECKPOINT_EVERY == 0 && next.context().getCheckpointDir().isDefined()) {
        // a long chain of rounds is cut where every machine can read it again, so losing a
        // worker does not lose it
        next.rdd().checkpoint();
      }
      long changed = next.join(labels, partitioner)
          .filter(e -> !e._2()._1().equals(e._2()._2())).count();
      labels.unpersist();
      labels = next;
      if (changed == 0) {
        log.note(what + ": components settled in " + round + " rounds");
        both.unpersist();
        return labels;
      }
    }
    throw new IllegalStateException(what + ": components did not settle in " + MAX_ROUNDS
        + " rounds");
  }
}
