package io.github.helpdeskfaq.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an implementation under the catalog's contract may be given to hold. */
class CatalogContractDataTest {

  @Test
  void contents_take_pages_of_one_faq_and_refuse_pages_of_none() {
    assertThat(new CatalogContractData.Contents(List.of(), List.of(), 1).pageSize())
        .as("a page may hold a single FAQ").isEqualTo(1);
    assertThatIllegalArgumentException().as("a page must hold at least one FAQ")
        .isThrownBy(() -> new CatalogContractData.Contents(List.of(), List.of(), 0))
        .withMessage("pageSize must be at least 1, was 0");
  }
}
