package io.github.helpdeskfaq.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForwardingHelpdeskTest {

  private static final Faq FAQ = Faq.builder(FaqId.of("7")).question("Q?").build();
  private static final Category CATEGORY = Category.of(CategoryId.of("100"), "Network");

  @Test
  void a_decorator_that_overrides_nothing_answers_every_read_and_write_as_its_delegate() {
    Underneath underneath = new Underneath();
    ForwardingWritableHelpdesk plain = new ForwardingWritableHelpdesk(underneath) {};

    assertThat(plain.findById(FAQ.id())).contains(FAQ);
    assertThat(plain.readImage(FAQ.id(), ImageKey.of("img_1"), image -> "read")).contains("image of 7");
    assertThat(plain.listPage(FaqFilter.all(), PageRequest.first()).items()).containsExactly(FAQ);
    assertThat(plain.searchPage(SearchQuery.of("wifi"), PageRequest.first()).items()).containsExactly(FAQ);
    assertThat(plain.categoryTree()).hasSize(1);
    assertThat(plain.findCategory(CATEGORY.id().orElseThrow())).contains(CATEGORY);
    assertThat(plain.createFaq(NewFaq.builder("Q?").answer("A").build())).isEqualTo(FAQ);
    assertThat(plain.updateFaq(FAQ.id(), FaqChange.builder().answer("B").build())).isTrue();
    assertThat(plain.deleteFaq(FAQ.id())).isTrue();
    assertThat(plain.createCategory(NewCategory.named("Network"))).isEqualTo(CATEGORY);
    assertThat(plain.updateCategory(CategoryId.of("100"), CategoryChange.rename("Net"))).isTrue();
    assertThat(plain.deleteCategory(CategoryId.of("100"))).isTrue();
    assertThat(underneath.calls).containsExactly("findById", "readImage", "listPage", "searchPage", "categoryTree",
        "findCategory", "createFaq", "updateFaq", "deleteFaq", "createCategory", "updateCategory", "deleteCategory");
  }

  @Test
  void a_delegate_that_answers_no_passes_no_through() {
    Underneath underneath = new Underneath();
    underneath.answer = false;
    ForwardingWritableHelpdesk plain = new ForwardingWritableHelpdesk(underneath, underneath) {};

    assertThat(plain.updateFaq(FAQ.id(), FaqChange.builder().answer("B").build())).isFalse();
    assertThat(plain.deleteFaq(FAQ.id())).isFalse();
    assertThat(plain.updateCategory(CategoryId.of("100"), CategoryChange.rename("Net"))).isFalse();
    assertThat(plain.deleteCategory(CategoryId.of("100"))).isFalse();
  }

  @Test
  void a_decorator_reaches_what_it_decorates() {
    Underneath underneath = new Underneath();

    class Peeking extends ForwardingWritableHelpdesk {
      Peeking() {
        super(underneath);
      }
    }

    Peeking peeking = new Peeking();
    assertThat(peeking.delegate()).isSameAs(underneath);
    assertThat(peeking.writer()).isSameAs(underneath);
  }

  /** Answers every call with fixed values and records which were made. */
  private static final class Underneath implements WritableHelpdesk {

    final List<String> calls = new ArrayList<>();
    boolean answer = true;

    @Override
    public Optional<Faq> findById(FaqId id) {
      calls.add("findById");
      return Optional.of(FAQ);
    }

    @Override
    public <T> Optional<T> readImage(FaqId faqId, ImageKey imageKey, ImageReader<T> reader) {
      calls.add("readImage");
      @SuppressWarnings("unchecked")
      T read = (T) ("image of " + faqId);
      return Optional.of(read);
    }

    @Override
    public Page<Faq> listPage(FaqFilter filter, PageRequest request) {
      calls.add("listPage");
      return Page.last(List.of(FAQ));
    }

    @Override
    public Page<Faq> searchPage(SearchQuery query, PageRequest request) {
      calls.add("searchPage");
      return Page.last(List.of(FAQ));
    }

    @Override
    public List<CategoryNode> categoryTree(CategoryQuery query) {
      calls.add("categoryTree");
      return List.of(new CategoryNode(CATEGORY, List.of()));
    }

    @Override
    public Optional<Category> findCategory(CategoryId id) {
      calls.add("findCategory");
      return Optional.of(CATEGORY);
    }

    @Override
    public Faq createFaq(NewFaq faq) {
      calls.add("createFaq");
      return FAQ;
    }

    @Override
    public boolean updateFaq(FaqId id, FaqChange change) {
      calls.add("updateFaq");
      return answer;
    }

    @Override
    public boolean deleteFaq(FaqId id) {
      calls.add("deleteFaq");
      return answer;
    }

    @Override
    public Category createCategory(NewCategory category) {
      calls.add("createCategory");
      return CATEGORY;
    }

    @Override
    public boolean updateCategory(CategoryId id, CategoryChange change) {
      calls.add("updateCategory");
      return answer;
    }

    @Override
    public boolean deleteCategory(CategoryId id) {
      calls.add("deleteCategory");
      return answer;
    }
  }
}
