package dev.precis.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import dev.precis.dedup.DuplicateGroup.Kind;
import dev.precis.text.Article;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {

  @Test
  void matchesEachNewArticleAgainstWhatCameBefore() {
    DuplicateIndex index = new DuplicateIndex(DedupOptions.defaults());
    assertThat(index.add(Fixtures.original()))
        .isEqualTo(new DuplicateGroup.Member("original", 1.0, Kind.REPRESENTATIVE));
    assertThat(index.add(Fixtures.exactCopy()))
        .isEqualTo(new DuplicateGroup.Member("exact-copy", 1.0, Kind.EXACT));
    assertThat(index.add(Fixtures.syndicated()).kind()).isEqualTo(Kind.NEAR);
    assertThat(index.add(Fixtures.spun()).kind()).isEqualTo(Kind.REWRITE);
    assertThat(index.add(Fixtures.sameStory()).kind()).isEqualTo(Kind.REPRESENTATIVE);

    // in a stream the first article stays the representative, even if a longer copy follows
    assertThat(index.representativeOf("syndicated")).isEqualTo("original");
    assertThat(index.representativeOf("spun")).isEqualTo("original");
    assertThat(index.representativeOf("same-story")).isEqualTo("same-story");
    assertThat(index.size()).isEqualTo(5);
  }

  @Test
  void anExactCopyOfAMemberMatchesAsThatMemberDid() {
    DuplicateIndex index = new DuplicateIndex(DedupOptions.defaults());
    index.add(Fixtures.original());
    DuplicateGroup.Member spun = index.add(Fixtures.spun());
    DuplicateGroup.Member again = index.add(Article.of("spun-again", Fixtures.SPUN_TEXT.toLowerCase()));
    assertThat(again.kind()).isEqualTo(spun.kind());
    assertThat(again.similarity()).isEqualTo(spun.similarity());
    assertThat(index.representativeOf("spun-again")).isEqualTo("original");
  }

  @Test
  void refusesRepeatedIdsEmptyTextAndUnknownLookups() {
    DuplicateIndex index = new DuplicateIndex(DedupOptions.defaults());
    index.add(Fixtures.original());
    assertThatThrownBy(() -> index.add(Fixtures.spun().withId("original")))
        .isInstanceOf(PrecisException.class).hasMessageContaining("'original' was already added");
    assertThatThrownBy(() -> index.add(Article.of("blank", "  ")))
        .isInstanceOf(PrecisException.class)
        .hasMessage("article 'blank' has neither text nor a headline");
    assertThatThrownBy(() -> index.representativeOf("nope"))
        .isInstanceOf(PrecisException.class).hasMessageContaining("'nope'");
    assertThat(index.size()).isEqualTo(1);
  }
}
