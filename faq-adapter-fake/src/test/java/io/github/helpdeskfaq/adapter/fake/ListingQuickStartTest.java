package io.github.helpdeskfaq.adapter.fake;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.FaqStatus;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.port.FaqCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The quick start's listing snippet, kept compiling and passing: the lines between the markers are the snippet. */
class ListingQuickStartTest {

  private static final CategoryId NETWORK = CategoryId.of("7100000000000000200");

  private final FaqCatalog catalog = FakeHelpdesk.builder()
      .faq(Faq.builder(FaqId.of("1")).question("How do I connect to the VPN?")
          .categories(List.of(Category.of(NETWORK, "Network"))).build())
      .faq(Faq.builder(FaqId.of("2")).question("如何连接无线网络？").build())
      .build();

  @Test
  void lists_and_searches_lazily() {
    List<String> lines = new ArrayList<>();
    // --- snippet: the FaqCatalog port, whichever adapter implements it (FeishuHelpdesk or the fake) ---
    FaqFilter online = FaqFilter.all().withStatus(FaqStatus.ONLINE).inCategory(NETWORK);
    try (Stream<Faq> faqs = catalog.list(online)) { // pages are read as the stream is consumed
      faqs.limit(50).forEach(faq -> lines.add(faq.id() + "  " + faq.question().orElse("")));
    } // closing the stream stops the paging
    try (Stream<Faq> found = catalog.search(SearchQuery.of("无线网络"))) { // any language
      found.forEach(faq -> lines.add("found " + faq.id()));
    }
    // --- end of snippet ---
    assertThat(lines).containsExactly("1  How do I connect to the VPN?", "found 2");
  }
}
