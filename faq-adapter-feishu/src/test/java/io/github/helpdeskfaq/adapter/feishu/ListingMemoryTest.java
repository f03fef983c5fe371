package io.github.helpdeskfaq.adapter.feishu;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Listing a helpdesk of 10,000 FAQs in pages of 100: exactly 100 page requests, none ahead of the consumer, and no
 * page kept once the stream has moved past it (counted and checked by reachability, never by time or heap size).
 */
class ListingMemoryTest {

  private static final int FAQS = 10_000;

  @RegisterExtension
  final LoopbackFeishu loopback = new LoopbackFeishu();
  private final FeishuSimulator feishu = loopback.feishu.serve(FeishuListingRequestTest.generated(FAQS));

  @Test
  void lists_ten_thousand_faqs_in_exactly_a_hundred_page_requests() {
    long listed;
    try (Stream<Faq> faqs = loopback.withTokenSource().build().list(FaqFilter.all())) {
      listed = faqs.count();
    }

    assertThat(listed).isEqualTo(FAQS);
    assertThat(feishu.pageRequests()).isEqualTo(100);
  }

  @Test
  void reads_no_page_ahead_and_lets_every_page_go_once_past_it() {
    List<WeakReference<Faq>> firstPage = new ArrayList<>();
    try (Stream<Faq> faqs = loopback.withTokenSource().build().list(FaqFilter.all())) {
      Iterator<Faq> iterator = faqs.iterator();
      for (int i = 0; i < 100; i++) {
        firstPage.add(new WeakReference<>(iterator.next()));
      }
      assertThat(feishu.pageRequests()).as("the first hundred FAQs are one page").isEqualTo(1);
      for (int i = 100; i < 250; i++) {
        iterator.next();
      }
      assertThat(feishu.pageRequests()).as("the 250th FAQ is on the third page; nothing read ahead").isEqualTo(3);

      assertThat(reachable(firstPage)).as("FAQs of the first page still held while on the third").isZero();
      assertThat(iterator.hasNext()).isTrue();
    }
    assertThat(feishu.pageRequests()).as("closing stops the paging").isEqualTo(3);
  }

  /** How many of the referents are still reachable after collections that a weak reference cannot survive. */
  private static long reachable(List<WeakReference<Faq>> references) {
    for (int attempt = 0; attempt < 20 && references.stream().anyMatch(reference -> reference.get() != null);
        attempt++) {
      System.gc();
    }
    return references.stream().filter(reference -> reference.get() != null).count();
  }
}
