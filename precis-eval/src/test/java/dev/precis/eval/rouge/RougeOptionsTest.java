package dev.precis.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import org.junit.jupiter.api.Test;

class RougeOptionsTest {

  @Test
  void parsesTheDucFlags() {
    RougeOptions o = RougeOptions.parse("-n 2 -m -l 100 -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0");
    assertThat(o.maxN()).isEqualTo(2);
    assertThat(o.stem()).isTrue();
    assertThat(o.wordLimit()).isEqualTo(100);
    assertThat(o.skipDistance()).isEqualTo(4);
    assertThat(o.skipUnigrams()).isTrue();
    assertThat(o.mode()).isEqualTo(RougeOptions.Mode.AVERAGE);
    assertThat(o.metricNames()).containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4");
    assertThat(RougeOptions.parse(o.toString())).isEqualTo(o);
  }

  @Test
  void acceptsBundledFlagsAttachedValuesAndScriptOnlyFlags() {
    RougeOptions o = RougeOptions.parse("-ms -n2 -a -d -v -e /opt/rouge/data -w 1.2 -x -f B");
    assertThat(o.stem()).isTrue();
    assertThat(o.removeStopWords()).isTrue();
    assertThat(o.maxN()).isEqualTo(2);
    assertThat(o.rougeL()).isFalse();
    assertThat(o.mode()).isEqualTo(RougeOptions.Mode.BEST);
    assertThat(o.metricNames()).containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-W-1.2");
  }

  @Test
  void builderMatchesParse() {
    RougeOptions built = RougeOptions.builder().maxN(1).stem(true).removeStopWords(true)
        .wordLimit(100).build();
    assertThat(built).isEqualTo(RougeOptions.parse("-n 1 -m -s -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0"));
    assertThat(RougeOptions.builder().build().metricNames()).containsExactly("ROUGE-L");
  }

  @Test
  void rejectsUnknownUnsupportedAndMalformedFlagsNamingThem() {
    assertRejected("-n 2 -q", "-q");
    assertRejected("-n", "-n: missing value");
    assertRejected("-n two", "-n: expected a whole number");
    assertRejected("-n 5", "-n");
    assertRejected("-t 1", "-t 1");
    assertRejected("-f C", "-f");
    assertRejected("-p 1.5", "-p");
    assertRejected("-w 0", "-w");
    assertRejected("-c 101", "-c");
    assertRejected("-r 0", "-r");
    assertRejected("-l 100 -b 665", "-l and -b");
    assertRejected("-u", "-u");
    assertRejected("-3 HM", "-3");
    assertRejected("-M", "-M");
    assertRejected("-l -5", "-l");
    assertRejected("config.xml", "config.xml");
    assertRejected("-p abc", "-p: expected a number");
  }

  private static void assertRejected(String flags, String message) {
    assertThatThrownBy(() -> RougeOptions.parse(flags))
        .isInstanceOf(PrecisException.class).hasMessageContaining(message);
  }
}
