package io.github.helpdeskfaq.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.helpdeskfaq.adapter.fake.FakeHelpdesk;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.FaqServiceUnavailableException;
import io.github.helpdeskfaq.domain.port.WritableHelpdesk;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WriteThroughTest {

  private static final CategoryId IT = CategoryId.of("10");

  private final FakeHelpdesk fake = FakeHelpdesk.builder().category(Category.of(IT, "IT")).build();
  private final CachingHelpdesk cache = CachingHelpdesk.builder(fake).build();
  private final WritableHelpdesk helpdesk = cache.writingThrough(fake);
  private final FaqId id = fake.createFaq(NewFaq.builder("Wi-Fi?").answer("Join office.").category(IT).build()).id();

  @Test
  void a_write_elsewhere_is_not_seen_while_cached_and_a_write_through_is_seen_at_once() {
    helpdesk.findById(id);
    fake.updateFaq(id, FaqChange.builder().answer("Changed elsewhere.").build());
    Optional<String> cached = helpdesk.findById(id).flatMap(Faq::answer);

    helpdesk.updateFaq(id, FaqChange.builder().answer("Changed through.").build());

    assertThat(cached).contains("Join office.");
    assertThat(helpdesk.findById(id).flatMap(Faq::answer)).contains("Changed through.");
    assertThat(fake.calls()).hasSize(2);
  }

  @Test
  void a_write_whose_answer_was_lost_is_forgotten_too_since_it_may_have_happened() {
    helpdesk.findById(id);
    fake.loseNextWriteAnswers(1, () -> new FaqServiceUnavailableException("timed out", null, null, 1, null));

    assertThatThrownBy(() -> helpdesk.deleteFaq(id)).hasMessage("timed out");

    assertThat(helpdesk.findById(id)).isEmpty();
  }

  @Test
  void the_cache_forgets_every_faq_when_a_category_changes_since_faqs_carry_their_categories_names() {
    assertThat(helpdesk.findById(id).orElseThrow().categories()).extracting(Category::name)
        .containsExactly(Optional.of("IT"));
    assertThat(cache.estimatedSize()).isOne();

    helpdesk.updateCategory(IT, CategoryChange.rename("Information technology"));

    assertThat(cache.estimatedSize()).isZero();
  }

  @Test
  void a_created_faq_is_found_though_its_id_was_cached_as_not_found() {
    FaqId next = FaqId.of(Long.toString(Long.parseLong(id.value()) + 1));
    assertThat(helpdesk.findById(next)).isEmpty();

    FaqId created = helpdesk.createFaq(NewFaq.builder("Printer?").answer("Room 2.").build()).id();

    assertThat(created).isEqualTo(next);
    assertThat(helpdesk.findById(next)).isPresent();
  }

  @Test
  void the_cache_forgets_every_faq_when_a_category_is_deleted() {
    helpdesk.findById(id);
    assertThat(cache.estimatedSize()).isOne();

    helpdesk.deleteCategory(CategoryId.of("11"));

    assertThat(cache.estimatedSize()).isZero();
    assertThat(helpdesk).hasToString("WriteThroughHelpdesk[" + cache + "]");
  }
}
