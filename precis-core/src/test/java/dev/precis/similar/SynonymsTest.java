package dev.precis.similar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {
  private final Synonyms synonyms = Synonyms.english();

  private List<String> map(String text) {
    return synonyms.apply(Tokenizer.words(synonyms.rewriteCapitals(text)));
  }

  @Test
  void mapsCountryAndInstitutionNamesToOneWord() {
    assertThat(map("the Russian Federation and the United States"))
        .containsExactly("the", "russia", "and", "the", "usa");
    assertThat(map("U.S. officials at the U.N.")).containsExactly("usa", "officials", "at", "the", "un");
    assertThat(map("prohibited by global law")).containsExactly("prohibited", "by", "international", "law");
  }

  @Test
  void capitalisedAcronymsOnlyWhenCapitalised() {
    assertThat(map("US allegations")).containsExactly("usa", "allegations");
    assertThat(map("he told us")).containsExactly("he", "told", "us");
    assertThat(map("the UN said")).containsExactly("the", "un", "said");
  }

  @Test
  void longestVariantWins() {
    assertThat(map("the United States of America"))
        .containsExactly("the", "usa");
    assertThat(map("united we stand")).containsExactly("united", "we", "stand");
  }
}
