package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebAssetsTest {
  private final WebAssets assets = new WebAssets();

  private String page(String name) {
    return new String(assets.get(name).bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void everyPageIsSetInTheLayoutWithItsOwnTitleAndMenuLink() {
    String search = page("search.html");
    assertThat(search).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<title>Search · Précis</title>", "<body data-page=\"search\">",
            "<a href=\"/search\" aria-current=\"page\">Search</a>",
            "<a href=\"/stories\">Stories</a>",
            "<main id=\"main\">\n<h1>Search</h1>")
        .endsWith("</main>\n<footer class=\"foot\">Précis: every summary sentence names the "
            + "articles that support it.</footer>\n</body>\n</html>\n")
        .doesNotContain("{{", "<!-- title:");
    // a story is reached from the list of stories: no menu link is its own
    assertThat(page("story.html")).contains("<title>Story · Précis</title>")
        .doesNotContain("aria-current");
    // each page marks its own menu link, and only that one
    String[][] menu = {{"index.html", "/"}, {"verify.html", "/verify"},
        {"stories.html", "/stories"}, {"search.html", "/search"}, {"feeds.html", "/feeds"}};
    for (String[] m : menu) {
      String html = page(m[0]);
      assertThat(html).as(m[0]).contains("<a href=\"" + m[1] + "\" aria-current=\"page\">");
      assertThat(html.split("aria-current", -1)).as(m[0]).hasSize(2);
    }
    for (String name : WebAssets.PAGES) {
      String html = page(name);
      assertThat(html).as(name).doesNotContain("{{");
      assertThat(html.split("<main id=\"main\">", -1)).as(name).hasSize(2);
    }
  }

  @Test
  void thePagesThatShowASummaryShareItsSection() {
    for (String name : new String[] {"index.html", "story.html", "search.html"}) {
      assertThat(page(name)).as(name)
          .contains("<section id=\"result\" hidden aria-labelledby=\"summary-heading\">\n"
              + "  <h2 id=\"summary-heading\"")
          .contains("</h2>\n  <p class=\"hint\">Select a sentence")
          .contains("  <div id=\"texts\" class=\"texts\"></div>\n</section>\n");
    }
    assertThat(page("search.html")).contains(">Summary of these results</h2>");
  }

  @Test
  void aPageWithoutItsHeaderLineOrWithAnUnknownMenuLinkIsABrokenBuild() {
    String layout = "<title>{{title}}</title><a href=\"/\">Home</a>\n{{main}}";
    assertThat(WebAssets.page(layout, "x.html", "<!-- title: X | page: x | menu: / -->\n<p>x</p>\n"))
        .isEqualTo("<title>X</title><a href=\"/\" aria-current=\"page\">Home</a>\n<p>x</p>\n");
    assertThatThrownBy(() -> WebAssets.page(layout, "x.html", "<p>x</p>\n"))
        .hasMessageContaining("x.html does not open with");
    assertThatThrownBy(() -> WebAssets.page(layout, "x.html",
        "<!-- title: X | page: x | menu: /nowhere -->\n<p>x</p>\n"))
        .hasMessageContaining("/nowhere");
    assertThatThrownBy(() -> WebAssets.page(layout, "x.html",
        "<!-- title: X | page: x | menu: none -->\n{{no-such-part.html}}\n"))
        .hasMessageContaining("x.html names the part no-such-part.html");
    // a checkout with Windows line ends is read the same
    assertThat(WebAssets.page(layout, "x.html",
        "<!-- title: X | page: x | menu: none -->\r\n<p>x</p>\r\n"))
        .isEqualTo("<title>X</title><a href=\"/\">Home</a>\n<p>x</p>\r\n");
  }
}
