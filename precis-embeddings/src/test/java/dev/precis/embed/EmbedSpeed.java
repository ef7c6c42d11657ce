package dev.precis.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Not a test: prints how long embedding takes, per article of about 200 words, one by one on one
 * thread and through {@link MiniLmEmbedder#embedAll}, and (for comparison) what padded batches
 * of 16 would cost and how far their vectors drift, the reason {@code embedAll} does not batch.
 * Reads the first 500 DUC 2003 documents from {@code ../shared} beside the project.
 *
 * <pre>
 * ./mvnw -q -B test-compile -pl precis-embeddings -am
 * ./mvnw -q -B dependency:build-classpath -pl precis-embeddings -Dmdep.outputFile=/tmp/cp.txt \
 *     -Dmdep.includeScope=test
 * cd precis-embeddings
 * java --enable-native-access=ALL-UNNAMED -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     dev.precis.embed.EmbedSpeed [SHARED, default ../../shared: the one beside the project]
 * </pre>
 */
public final class EmbedSpeed {

  private static final int TEXTS = 500;
  private static final int WORDS = 200;
  private static final int BATCH = 16;

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../../shared");
    List<String> texts = articles(shared);
    long start = System.nanoTime();
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load()) {
      System.out.printf("load: %.0f ms; %d texts of up to %d words; %d cores%n",
          (System.nanoTime() - start) / 1e6, texts.size(), WORDS,
          Runtime.getRuntime().availableProcessors());
      embedder.embedAll(texts.subList(0, 20)); // warm-up
      for (int round = 1; round <= 2; round++) {
        start = System.nanoTime();
        List<float[]> single = new ArrayList<>();
        for (String text : texts) {
          single.add(embedder.embed(text));
        }
        double oneByOne = msPerText(start, texts.size());
        start = System.nanoTime();
        List<float[]> all = embedder.embedAll(texts);
        double parallel = msPerText(start, texts.size());
        for (int i = 0; i < texts.size(); i++) {
          if (!Arrays.equals(single.get(i), all.get(i))) {
            throw new AssertionError("embedAll differs from embed for text " + i);
          }
        }
        System.out.printf("round %d: embed one by one %.1f ms/text, embedAll %.1f ms/text%n",
            round, oneByOne, parallel);
        if (round == 2) {
          paddedBatches(texts, single);
        }
      }
    }
  }

  private static double msPerText(long start, int count) {
    return (System.nanoTime() - start) / 1e6 / count;
  }

  /** The first 200 words of each of the first 500 DUC 2003 documents (tasks 2 and 4). */
  private static List<String> articles(Path shared) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String task : List.of("task2", "task4")) {
      Path file = shared.resolve("data/duc2003/" + task + ".jsonl");
      for (String line : Files.readAllLines(file)) {
        for (JsonNode document : json.readTree(line).get("documents")) {
          String[] words = document.get("text").asText().trim().split("\\s+");
          texts.add(String.join(" ", Arrays.copyOf(words, Math.min(WORDS, words.length))));
          if (texts.size() == TEXTS) {
            return texts;
          }
        }
      }
    }
    return texts;
  }

  /** Runs the model on padded batches of 16 with its own session (one thread, as the embedder). */
  private static void paddedBatches(List<String> texts, List<float[]> reference) throws Exception {
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    Map<String, String> tokenizerOptions =
        Map.of("maxLength", "256", "truncation", "true", "padding", "false");
    try (InputStream in =
            EmbedSpeed.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json");
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(in, tokenizerOptions);
        InputStream model = EmbedSpeed.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx");
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      try (OrtSession session = environment.createSession(model.readAllBytes(), options)) {
        List<long[]> ids = new ArrayList<>();
        for (String text : texts) {
          ids.add(tokenizer.encode(text).getIds());
        }
        long start = System.nanoTime();
        List<float[]> batched = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
          batched.addAll(runBatch(environment, session,
              ids.subList(from, Math.min(ids.size(), from + BATCH))));
        }
        double ms = msPerText(start, texts.size());
        double maxDiff = 0;
        double minCosine = 1;
        for (int i = 0; i < texts.size(); i++) {
          double cosine = 0;
          for (int d = 0; d < 384; d++) {
            maxDiff = Math.max(maxDiff, Math.abs(batched.get(i)[d] - reference.get(i)[d]));
            cosine += batched.get(i)[d] * reference.get(i)[d];
          }
          minCosine = Math.min(minCosine, cosine);
        }
        System.out.printf("padded batches of %d (not used): %.1f ms/text; vs one by one: "
            + "max |difference| %.2g, lowest cosine %.4f%n", BATCH, ms, maxDiff, minCosine);
      }
    }
  }

  private static List<float[]> runBatch(
      OrtEnvironment environment, OrtSession session, List<long[]> batch) throws Exception {
    int rows = batch.size();
    int length = batch.stream().mapToInt(t -> t.length).max().orElse(0);
    long[] ids = new long[rows * length];
    long[] mask = new long[rows * length];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(batch.get(r), 0, ids, r * length, batch.get(r).length);
      Arrays.fill(mask, r * length, r * length + batch.get(r).length, 1);
    }
    long[] shape = {rows, length};
    try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typesTensor =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * length]), shape);
        OrtSession.Result result = session.run(Map.of("input_ids", idsTensor,
            "attention_mask", maskTensor, "token_type_ids", typesTensor))) {
      FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
      List<float[]> vectors = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        double[] sum = new double[384];
        for (int t = 0; t < length; t++) {
          if (mask[r * length + t] == 1) {
            for (int d = 0; d < 384; d++) {
              sum[d] += hidden.get((r * length + t) * 384 + d);
            }
          }
        }
        double norm = Math.sqrt(Arrays.stream(sum).map(x -> x * x).sum());
        float[] vector = new float[384];
        for (int d = 0; d < 384; d++) {
          vector[d] = (float) (sum[d] / norm);
        }
        vectors.add(vector);
      }
      return vectors;
    }
  }
}
