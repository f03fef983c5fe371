package io.github.helpdeskfaq.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.CategoryNode;
import io.github.helpdeskfaq.domain.CategoryQuery;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.Page;
import io.github.helpdeskfaq.domain.PageRequest;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalog's contract, run through the JUnit Platform as a build runs it, against a correct implementation and
 * against broken ones: each broken one must fail a named case, with the message that states the promise it breaks.
 */
class CatalogContractCatchesBrokenCatalogsTest {

  @AfterAll
  static void forgetTheRuns() {
    ContractRun.forget();
  }

  /** The contract against a {@link ReferenceCatalog}, or a broken subclass of it. */
  abstract static class Against extends FaqCatalogContract {
    private final Function<CatalogContractData.Contents, ReferenceCatalog> make;
    private ReferenceCatalog catalog;

    Against(Function<CatalogContractData.Contents, ReferenceCatalog> make) {
      this.make = make;
    }

    @Override
    protected Helpdesk createHelpdesk(CatalogContractData.Contents contents) {
      catalog = make.apply(contents);
      return catalog;
    }

    @Override
    protected long requestsObserved() {
      return catalog.requests();
    }
  }

  static class AgainstTheReference extends Against {
    AgainstTheReference() {
      super(ReferenceCatalog::new);
    }
  }

  /** Reads every page as soon as the stream is asked for. */
  static class AgainstReadsAhead extends Against {
    AgainstReadsAhead() {
      super(helpdesk -> new ReferenceCatalog(helpdesk) {
        @Override
        public Stream<Faq> list(FaqFilter filter) {
          List<Faq> all = new ArrayList<>();
          try (Stream<Faq> lazy = super.list(filter)) {
            lazy.forEach(all::add);
          }
          return all.stream();
        }
      });
    }
  }

  /** Lets every FAQ through a category filter. */
  static class AgainstIgnoresTheCategory extends Against {
    AgainstIgnoresTheCategory() {
      super(helpdesk -> new ReferenceCatalog(helpdesk) {
        @Override
        public Page<Faq> listPage(FaqFilter filter, PageRequest request) {
          return super.listPage(new FaqFilter(Optional.empty(), filter.status(), filter.text()), request);
        }
      });
    }
  }

  /** Serves every category at the top level. */
  static class AgainstFlattensTheTree extends Against {
    AgainstFlattensTheTree() {
      super(helpdesk -> new ReferenceCatalog(helpdesk) {
        @Override
        public List<CategoryNode> categoryTree(CategoryQuery query) {
          super.categoryTree(query);
          return helpdesk.categories().stream().map(CategoryNode::leaf).collect(Collectors.toList());
        }
      });
    }
  }

  /** Serves the tree of the default query, whatever the query. */
  static class AgainstIgnoresTheCategoryQuery extends Against {
    AgainstIgnoresTheCategoryQuery() {
      super(helpdesk -> new ReferenceCatalog(helpdesk) {
        @Override
        public List<CategoryNode> categoryTree(CategoryQuery query) {
          return super.categoryTree(CategoryQuery.defaults());
        }
      });
    }
  }

  /** Looks any id up, unchecked. */
  static class AgainstChecksNoCategoryId extends Against {
    AgainstChecksNoCategoryId() {
      super(helpdesk -> new ReferenceCatalog(helpdesk) {
        @Override
        public Optional<Category> findCategory(CategoryId id) {
          return lookUp(id);
        }
      });
    }
  }

  @Test
  void a_correct_implementation_passes_every_case_and_every_case_runs() {
    ContractRun run = run(AgainstTheReference.class);

    assertThat(run.notRun()).as("every case runs").isEmpty();
    assertThat(run.failedMethods()).as("a correct implementation fails no case; failures:%n%s", run.failureReport())
        .isEmpty();
    assertThat(run.outcomesByMethod().keySet()).as("every case of the contract ran")
        .containsExactlyInAnyOrderElementsOf(contractCases());
  }

  static Stream<Arguments> brokenCatalogs() {
    return Stream.of(
        arguments(AgainstReadsAhead.class, "reads_no_page_before_the_stream_is_consumed",
            "list must not read a page before the stream is consumed"),
        arguments(AgainstReadsAhead.class, "closing_the_stream_stops_the_paging",
            "the fourth FAQ must need the second page, not a third"),
        arguments(AgainstIgnoresTheCategory.class, "lists_only_the_faqs_of_a_category",
            "list by category must return exactly the FAQs filed under it"),
        arguments(AgainstIgnoresTheCategory.class, "lists_nothing_for_a_category_without_faqs",
            "list by a category that holds no FAQ must return nothing"),
        arguments(AgainstFlattensTheTree.class, "the_category_tree_has_the_seeded_shape",
            "the tree's top level must be Network, then Accounts"),
        arguments(AgainstIgnoresTheCategoryQuery.class,
            "the_category_tree_of_a_language_holds_the_categories_of_that_language_only",
            "the en_us tree must hold Guides alone at its top level"),
        arguments(AgainstIgnoresTheCategoryQuery.class,
            "the_category_tree_by_update_time_descending_is_the_ascending_one_reversed_at_every_level",
            "the tree by update time descending must be the ascending one reversed, at every level"),
        arguments(AgainstChecksNoCategoryId.class, "refuses_a_category_id_unsafe_in_a_url_path_before_any_request",
            "findCategory must refuse an id unsafe in a URL path"));
  }

  @ParameterizedTest(name = "{0} fails {1}")
  @MethodSource("brokenCatalogs")
  void the_contract_fails_a_broken_catalog_saying_which_promise_it_breaks(Class<? extends Against> broken,
      String contractCase, String promise) {
    ContractRun run = run(broken);

    assertThat(contractCases()).as("the contract has a case %s", contractCase).contains(contractCase);
    assertThat(run.failuresOf(contractCase)).as("%s must fail %s", broken.getSimpleName(), contractCase)
        .isNotEmpty()
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining(promise));
  }

  private static ContractRun run(Class<? extends Against> contract) {
    return ContractRun.cached(contract);
  }

  private static List<String> contractCases() {
    return ContractRun.cases(FaqCatalogContract.class);
  }
}
