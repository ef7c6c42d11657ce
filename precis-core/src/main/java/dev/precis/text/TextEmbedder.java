package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a text into a dense vector whose cosine with another text's vector says how alike their
 * meanings are. Core knows only this interface, so it carries no model runtime: the MiniLM
 * implementation lives in the {@code precis-embeddings} module and is passed in by whoever wants
 * it (the CLI's {@code --embeddings} flag).
 *
 * <p>Implementations are deterministic (the same text gives the same vector, bit for bit),
 * thread-safe, and need no network.
 */
public interface TextEmbedder extends AutoCloseable {

  /** What model this is, for the provenance recorded in outputs. */
  String name();

  /** Length of every vector {@link #embed} returns. */
  int dimension();

  /**
   * The vector of a text, scaled to unit length; all zeros for a text with no words. Long texts
   * are cut to the model's input limit (its first few hundred words).
   */
  float[] embed(String text);

  /** The vectors of several texts, in order; implementations may batch them. */
  default List<float[]> embedAll(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (String text : texts) {
      vectors.add(embed(text));
    }
    return vectors;
  }

  /** Releases the model; the embedder is unusable afterwards. */
  @Override
  void close();
}
