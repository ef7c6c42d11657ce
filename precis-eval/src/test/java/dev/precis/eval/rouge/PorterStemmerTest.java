package dev.precis.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

  @ParameterizedTest
  @CsvSource({
    // Porter's own examples
    "caresses, caress", "ponies, poni", "cats, cat", "feed, feed", "agreed, agre",
    "plastered, plaster", "motoring, motor", "sing, sing", "conflated, conflat",
    "troubled, troubl", "sized, size", "hopping, hop", "falling, fall", "hissing, hiss",
    "fizzed, fizz", "failing, fail", "filing, file", "happy, happi", "relational, relat",
    "conditional, condit", "rational, ration", "generalization, gener", "oscillators, oscil",
    "effective, effect", "adjustment, adjust", "dependent, depend", "adoption, adopt",
    "controll, control", "roll, roll",
    // initial y is a consonant
    "yelling, yell", "youth, youth",
    // ROUGE-1.5.5's step 4: -ement, -ment and -ent are tried one after the other
    "agreement, agreem", "replacement, replac"
  })
  void stemsAsRouge155(String word, String stem) {
    assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
  }

  @ParameterizedTest
  @CsvSource({"went, go", "geese, goose", "running, run", "dogs, dog", "ran, ran", "was, was"})
  void stemmerAppliesExceptionsThenPorterToLongWords(String word, String stem) {
    assertThat(new Stemmer().stem(word)).isEqualTo(stem);
  }
}
