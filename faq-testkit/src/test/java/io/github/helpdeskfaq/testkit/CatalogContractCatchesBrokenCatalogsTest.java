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
import io.github.helpdeskfaq.domain.SearchQuery;
import io.github.helpdeskfaq.domain.port.Helpdesk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalog's contract, run through the JUnit Platform as a build runs it, against a correct implementation and
 * against broken ones: each broken one must fail a named case, with the message that states the promise it breaks.
 */
class CatalogContractCatchesBrokenCatalogsTest {

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

  /** Serves the listing's first page, as the last, to a search that finds nothing: a "popular FAQs" fallback. */
  static class FallsBackToTheListingWhenNothingMatches extends ReferenceCatalog {
    FallsBackToTheListingWhenNothingMatches(CatalogContractData.Contents helpdesk) {
      super(helpdesk);
    }

    @Override
    public Page<Faq> searchPage(SearchQuery query, PageRequest request) {
      Page<Faq> found = super.searchPage(query, request);
      return found.items().isEmpty()
          ? new Page<>(listPage(FaqFilter.all(), request).items(), Optional.empty(), found.total())
          : found;
    }
  }

  static class AgainstFallsBackToTheListingWhenNothingMatches extends Against {
    AgainstFallsBackToTheListingWhenNothingMatches() {
      super(FallsBackToTheListingWhenNothingMatches::new);
    }
  }

  /**
   * Falls back to the listing on a search page that finds nothing, but streams a search through its own check of
   * each FAQ against the query: the stream finds nothing, the page does not.
   */
  static class AgainstPadsASearchPageThatFindsNothing extends Against {
    AgainstPadsASearchPageThatFindsNothing() {
      super(helpdesk -> new FallsBackToTheListingWhenNothingMatches(helpdesk) {
        @Override
        public Stream<Faq> search(SearchQuery query) {
          return super.search(query)
              .filter(faq -> faq.question().filter(question -> question.contains(query.text())).isPresent());
        }
      });
    }
  }

  /** Builds each level around one list of children, the whole level's, which every node of the level shares. */
  static class AgainstSharesOneChildListAcrossSiblings extends Against {
    AgainstSharesOneChildListAcrossSiblings() {
      super(helpdesk -> new ReferenceCatalog(helpdesk) {
        @Override
        List<CategoryNode> childrenOf(CategoryId parent, CategoryQuery query) {
          List<CategoryNode> level = super.childrenOf(parent, query);
          List<CategoryNode> shared = level.stream().flatMap(node -> node.children().stream()).toList();
          return level.stream().map(node -> new CategoryNode(node.category(), shared)).toList();
        }
      });
    }
  }

  /** Gives every leaf one unnamed child, as an adapter that reads a leaf's empty {@code children} object as one. */
  static class AgainstGivesEveryLeafAnEmptyChild extends Against {
    AgainstGivesEveryLeafAnEmptyChild() {
      super(helpdesk -> new ReferenceCatalog(helpdesk) {
        @Override
        List<CategoryNode> childrenOf(CategoryId parent, CategoryQuery query) {
          return super.childrenOf(parent, query).stream()
              .map(node -> node.children().isEmpty() ? new CategoryNode(node.category(), List.of(CategoryNode.leaf(
                  new Category(Optional.empty(), Optional.empty(), Optional.empty(), node.category().id(),
                      Optional.empty(), Optional.empty())))) : node)
              .toList();
        }
      });
    }
  }

  /** Correct, and reads the category tree once when it is made, as a client that checks its connection does. */
  static class AgainstTheReferenceMadeWithARequest extends Against {
    AgainstTheReferenceMadeWithARequest() {
      super(helpdesk -> {
        ReferenceCatalog catalog = new ReferenceCatalog(helpdesk);
        catalog.categoryTree();
        return catalog;
      });
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {AgainstTheReference.class, AgainstTheReferenceMadeWithARequest.class})
  void a_correct_implementation_passes_every_case_and_every_case_runs(Class<? extends Against> correct) {
    ContractRun run = run(correct);

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
            "findCategory must refuse an id unsafe in a URL path"),
        arguments(AgainstFallsBackToTheListingWhenNothingMatches.class,
            "finds_nothing_for_a_query_that_matches_nothing",
            "search must find nothing when nothing matches"),
        arguments(AgainstPadsASearchPageThatFindsNothing.class, "finds_nothing_for_a_query_that_matches_nothing",
            "a search page that finds nothing must be empty and last"),
        arguments(AgainstSharesOneChildListAcrossSiblings.class, "the_category_tree_has_the_seeded_shape",
            "Accounts must be a leaf"),
        arguments(AgainstGivesEveryLeafAnEmptyChild.class, "the_category_tree_has_the_seeded_shape",
            "Wi-Fi and VPN must be leaves"));
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
    return ContractRun.of(contract);
  }

  private static List<String> contractCases() {
    return ContractRun.cases(FaqCatalogContract.class);
  }
}
