package io.github.helpdeskfaq.testkit;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.HelpdeskId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The helpdesks that {@link FaqCatalogContract} asks an implementation to hold: a number of generated FAQs, every one
 * online, filed under a small category tree, listed in pages of {@link #PAGE_SIZE}.
 *
 * <p>The tree: {@link #NETWORK} (with {@link #WIFI} and {@link #VPN} under it) and {@link #ACCOUNTS}, in that
 * order, every one in {@code zh_cn}; {@link #inTwoLanguages()} adds {@link #GUIDES} (with {@link #SETUP} under it)
 * in {@code en_us}. FAQ {@code i} (from 0) has the id {@code 74} followed by {@code i} in 17 digits, is filed under
 * {@link #WIFI} when {@code i} is even and {@link #ACCOUNTS} when odd, and asks in Chinese about the wireless
 * network ({@link #CJK_QUERY}) when {@code i} is a multiple of 3, in English about a password otherwise. No FAQ is
 * filed under {@link #NETWORK} or {@link #VPN}.
 */
public final class CatalogContractData {

  /** Before the categories, which it is part of. */
  private static final HelpdeskId HELPDESK = HelpdeskId.of("6939771743531696147");

  /** The page size the implementation lists in when a request does not say. */
  public static final int PAGE_SIZE = 3;
  /** What the Chinese questions hold: "wireless network". */
  public static final String CJK_QUERY = "无线网络";
  /** A top-level category, with two subcategories. */
  public static final Category NETWORK = category("7500000000000000001", "Network", "0");
  /** A subcategory of {@link #NETWORK}, holding the even-numbered FAQs. */
  public static final Category WIFI = category("7500000000000000002", "无线网络", "7500000000000000001");
  /** A subcategory of {@link #NETWORK} without FAQs. */
  public static final Category VPN = category("7500000000000000003", "VPN", "7500000000000000001");
  /** A top-level category, holding the odd-numbered FAQs. */
  public static final Category ACCOUNTS = category("7500000000000000004", "Accounts", "0");
  /** A top-level category in English, held by {@link #inTwoLanguages()} only. */
  public static final Category GUIDES = category("7500000000000000005", "Guides", "0", "en_us");
  /** A subcategory of {@link #GUIDES}, in English. */
  public static final Category SETUP = category("7500000000000000006", "Setting up", "7500000000000000005", "en_us");
  /** A category id that no implementation under contract holds. */
  public static final CategoryId UNKNOWN_CATEGORY_ID = CategoryId.of("7500000000000000404");

  private CatalogContractData() {}

  /**
   * What an implementation under contract holds.
   *
   * @param faqs the FAQs, every one online
   * @param categories the categories, parents before their children, in the order the tree shows them
   * @param pageSize how many FAQs a page holds when a request does not say
   */
  public record Contents(List<Faq> faqs, List<Category> categories, int pageSize) {

    /** Validates the components and copies the lists. */
    public Contents {
      faqs = List.copyOf(faqs);
      categories = List.copyOf(categories);
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
      }
    }
  }

  /**
   * The contents of a helpdesk of {@code count} generated FAQs, the category tree, and pages of {@link #PAGE_SIZE}.
   *
   * @param count how many FAQs; not negative
   * @return the contents
   */
  public static Contents contents(int count) {
    return new Contents(faqs(count), categories(), PAGE_SIZE);
  }

  /**
   * The contents of a helpdesk without FAQs whose categories are in two languages: those of {@link #categories()}
   * in {@code zh_cn}, then {@link #GUIDES} and {@link #SETUP} in {@code en_us}.
   *
   * @return the contents
   */
  public static Contents inTwoLanguages() {
    return new Contents(List.of(), List.of(NETWORK, WIFI, VPN, ACCOUNTS, GUIDES, SETUP), PAGE_SIZE);
  }

  /**
   * The categories, in the order of the tree: {@link #NETWORK}, {@link #WIFI}, {@link #VPN}, {@link #ACCOUNTS}.
   *
   * @return the categories
   */
  public static List<Category> categories() {
    return List.of(NETWORK, WIFI, VPN, ACCOUNTS);
  }

  /**
   * FAQ number {@code i} of every generated helpdesk.
   *
   * @param i its number, from 0
   * @return the FAQ
   */
  public static Faq faq(int i) {
    boolean chinese = i % 3 == 0;
    return Faq.builder(FaqId.of(String.format("74%017d", i)))
        .legacyId(String.format("74%017d", i))
        .helpdeskId(HELPDESK)
        .question(chinese ? "如何连接" + CJK_QUERY + "？（" + i + "）" : "How do I reset my password? (" + i + ")")
        .answer(chinese ? "在设置中选择网络。" : "Use the self-service portal.")
        .categories(List.of(i % 2 == 0 ? WIFI : ACCOUNTS))
        .tags(List.of("faq " + i))
        .createTime(Instant.ofEpochSecond(1_700_000_000L + i))
        .updateTime(Instant.ofEpochSecond(1_700_000_000L + i))
        .build();
  }

  /**
   * The first {@code count} generated FAQs.
   *
   * @param count how many; not negative
   * @return the FAQs, in order of number
   */
  public static List<Faq> faqs(int count) {
    return IntStream.range(0, count).mapToObj(CatalogContractData::faq).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether a generated FAQ asks about the wireless network, in Chinese.
   *
   * @param faq a generated FAQ
   * @return whether its question holds {@link #CJK_QUERY}
   */
  public static boolean asksInChinese(Faq faq) {
    return faq.question().filter(question -> question.contains(CJK_QUERY)).isPresent();
  }

  /**
   * Whether a FAQ is filed under a category.
   *
   * @param faq a FAQ
   * @param category the category
   * @return whether one of its categories has the category's id
   */
  public static boolean isIn(Faq faq, Category category) {
    return faq.categories().stream().anyMatch(filed -> filed.id().equals(category.id()));
  }

  private static Category category(String id, String name, String parent) {
    return category(id, name, parent, "zh_cn");
  }

  private static Category category(String id, String name, String parent, String language) {
    return new Category(Optional.of(CategoryId.of(id)), Optional.of(id), Optional.of(name),
        Optional.of(CategoryId.of(Objects.requireNonNull(parent))), Optional.of(HELPDESK), Optional.of(language));
  }
}
