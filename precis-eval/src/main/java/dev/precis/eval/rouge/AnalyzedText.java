package dev.precis.eval.rouge;

import java.util.List;

/**
 * One summary, read once for all metrics: the tokens of its cut text (what ROUGE-N, ROUGE-S and
 * the clipping of ROUGE-L count) and its tokens per sentence (what ROUGE-L and ROUGE-W align).
 */
record AnalyzedText(int[] tokens, int[][] sentences) {

  static AnalyzedText of(List<String> text, Tokenizer tokenizer, Vocabulary vocabulary,
      int wordLimit, int byteLimit) {
    byte[][] bytes = Tokenizer.sentenceBytes(text);
    int[] cut = LengthCut.forNGrams(bytes, wordLimit, byteLimit);
    IntList tokens = new IntList();
    int[] ends = new int[cut.length];
    for (int s = 0; s < cut.length; s++) {
      tokenizer.tokenize(bytes[s], cut[s], vocabulary, tokens);
      ends[s] = tokens.size();
    }
    int[][] sentences;
    if (byteLimit > 0) {
      // 1.5.5 cuts the LCS sentences differently under -b (see LengthCut.forLcs)
      int[] lcsCut = LengthCut.forLcs(bytes, wordLimit, byteLimit);
      sentences = new int[lcsCut.length][];
      for (int s = 0; s < lcsCut.length; s++) {
        IntList one = new IntList();
        tokenizer.tokenize(bytes[s], lcsCut[s], vocabulary, one);
        sentences[s] = one.toArray();
      }
    } else {
      sentences = new int[cut.length][];
      for (int s = 0; s < cut.length; s++) {
        sentences[s] = tokens.slice(s == 0 ? 0 : ends[s - 1], ends[s]);
      }
    }
    return new AnalyzedText(tokens.toArray(), sentences);
  }
}
