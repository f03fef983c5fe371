package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.adapter.feishu.Exchange.OutcomeUnknown;
import io.github.helpdeskfaq.adapter.feishu.spi.FeishuListener.Endpoint;
import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqFilter;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.change.CategoryChange;
import io.github.helpdeskfaq.domain.change.FaqChange;
import io.github.helpdeskfaq.domain.change.NewCategory;
import io.github.helpdeskfaq.domain.change.NewFaq;
import io.github.helpdeskfaq.domain.port.FaqCatalog;
import io.github.helpdeskfaq.domain.port.FaqRepositoryException;
import io.github.helpdeskfaq.domain.port.FaqRequestRejectedException;
import io.github.helpdeskfaq.domain.port.FaqWriteOutcomeUnknownException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes over Feishu, for {@link FeishuHelpdesk}: each an endpoint of {@link FeishuApi} with the documented body,
 * executed by {@link Exchange} with the user token. Updates and deletes are retried as reads are; Feishu's "not
 * found" is {@code false}. A create is never sent twice: when its answer is lost, the FAQs listed with its question
 * and created since it was sent (give or take {@link #CLOCK_MARGIN}) are looked at: exactly one is the FAQ it made;
 * otherwise the outcome is unknown ({@link FaqWriteOutcomeUnknownException}, saying what to check). A category's
 * create, whose answer has no such trace, is unknown at once when its answer is lost.
 */
final class FeishuWrites {

  /** How far Feishu's clock may be from ours when a create's FAQ is looked for. */
  static final Duration CLOCK_MARGIN = Duration.ofMinutes(2);
  private static final Logger LOG = LoggerFactory.getLogger(FeishuWrites.class);

  private final FeishuApi api;
  private final HelpdeskAuthorization helpdesk;
  private final Exchange exchange;
  private final FaqCatalog catalog;
  private final Clock clock;

  FeishuWrites(FeishuApi api, HelpdeskAuthorization helpdesk, Exchange exchange, FaqCatalog catalog, Clock clock) {
    this.api = api;
    this.helpdesk = helpdesk;
    this.exchange = exchange;
    this.catalog = catalog;
    this.clock = clock;
  }

  Faq createFaq(NewFaq faq) {
    Objects.requireNonNull(faq, "faq must not be null");
    FaqWriteDto body = new FaqWriteDto(fields(faq));
    String what = "a new FAQ \"" + shortened(faq.question()) + "\"";
    Instant sent = clock.instant();
    try {
      return exchange.write(Endpoint.FAQ_CREATE, () -> what, token -> api.createFaq(body, token, helpdesk),
          FeishuWrites::createdFaq, false).orElseThrow(() -> new FaqRequestRejectedException("Feishu found nothing "
              + "to file " + what + " under: check the category", FeishuErrors.NOT_FOUND, null));
    } catch (OutcomeUnknown lost) {
      return madeBy(faq, what, sent, lost.failure());
    }
  }

  boolean updateFaq(FaqId id, FaqChange change) {
    Objects.requireNonNull(id, "id must not be null");
    FaqWriteDto body = new FaqWriteDto(fields(Objects.requireNonNull(change, "change must not be null")));
    return exchange.write(Endpoint.FAQ_UPDATE, () -> "FAQ " + id, token -> api.patchFaq(id, body, token, helpdesk),
        data -> true, true).isPresent();
  }

  boolean deleteFaq(FaqId id) {
    Objects.requireNonNull(id, "id must not be null");
    return exchange.write(Endpoint.FAQ_DELETE, () -> "FAQ " + id, token -> api.deleteFaq(id, token, helpdesk),
        data -> true, true).isPresent();
  }

  Category createCategory(NewCategory category) {
    Objects.requireNonNull(category, "category must not be null");
    CategoryWriteDto body = new CategoryWriteDto();
    body.name = category.name();
    body.parentId = category.parent().map(CategoryId::value).orElse(null);
    body.language = category.language().orElse(null);
    String what = "a new category \"" + shortened(category.name()) + "\"";
    try {
      return exchange.write(Endpoint.CATEGORY_CREATE, () -> what, token -> api.createCategory(body, token, helpdesk),
          FeishuWrites::createdCategory, false).orElseThrow(() -> new FaqRequestRejectedException("Feishu found "
              + "no parent for " + what, FeishuErrors.NOT_FOUND, null));
    } catch (OutcomeUnknown lost) {
      throw new FaqWriteOutcomeUnknownException("the answer to creating " + what + " was lost ("
          + lost.failure().getMessage() + "); check the category tree before creating it again", lost.failure());
    }
  }

  boolean updateCategory(CategoryId id, CategoryChange change) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(change, "change must not be null");
    id.requireWellFormed();
    CategoryWriteDto body = new CategoryWriteDto();
    body.name = change.name().orElse(null);
    body.parentId = change.parent().map(CategoryId::value).orElse(null);
    return exchange.write(Endpoint.CATEGORY_UPDATE, () -> "category " + id,
        token -> api.patchCategory(id.value(), body, token, helpdesk), data -> true, true).isPresent();
  }

  boolean deleteCategory(CategoryId id) {
    Objects.requireNonNull(id, "id must not be null");
    id.requireWellFormed();
    return exchange.write(Endpoint.CATEGORY_DELETE, () -> "category " + id,
        token -> api.deleteCategory(id.value(), token, helpdesk), data -> true, true).isPresent();
  }

  /** The FAQ a create whose answer was lost made, if exactly one can be found; otherwise its outcome is unknown. */
  private Faq madeBy(NewFaq faq, String what, Instant sent, FaqRepositoryException lost) {
    Instant since = sent.minus(CLOCK_MARGIN);
    List<Faq> made;
    try (Stream<Faq> listed = catalog.list(FaqFilter.all().containing(faq.question()))) {
      made = listed.filter(found -> found.question().equals(Optional.of(faq.question())))
          .filter(found -> found.createTime().filter(created -> !created.isBefore(since)).isPresent())
          .collect(Collectors.toList());
    } catch (FaqRepositoryException lookupFailed) {
      throw unknown(what, lost, "looking for it failed too (" + lookupFailed.getMessage() + ")");
    }
    if (made.size() == 1) {
      LOG.info("The answer to creating {} was lost; found the FAQ it made, {}", what, made.get(0).id());
      return made.get(0);
    }
    throw unknown(what, lost, made.isEmpty() ? "no FAQ with this question was created since " + sent
        : made.size() + " FAQs with this question were created since " + sent + ": "
            + made.stream().map(found -> found.id().value()).collect(Collectors.joining(", ")));
  }

  private static FaqWriteOutcomeUnknownException unknown(String what, FaqRepositoryException lost, String found) {
    return new FaqWriteOutcomeUnknownException("the answer to creating " + what + " was lost ("
        + lost.summary() + ") and " + found + "; check the helpdesk for the question before creating it again",
        lost);
  }

  private static Faq createdFaq(WriteAnswerDto data) {
    if (data == null || data.faq == null) {
      throw new IllegalArgumentException("the answer has code 0 but no data.faq");
    }
    return FaqMapper.toFaq(data.faq, Optional.empty());
  }

  private static Category createdCategory(WriteAnswerDto data) {
    if (data == null || data.category == null) {
      throw new IllegalArgumentException("the answer has code 0 but no data.category");
    }
    return FaqMapper.toCategory(data.category);
  }

  private static FaqWriteDto.Faq fields(NewFaq faq) {
    FaqWriteDto.Faq fields = new FaqWriteDto.Faq();
    fields.question = faq.question();
    fields.answer = faq.answer().orElse(null);
    fields.answerRichText = faq.answerRichText().isEmpty() ? null : RichTextWire.encode(faq.answerRichText());
    fields.categoryId = faq.category().map(CategoryId::value).orElse(null);
    fields.tags = faq.tags().isEmpty() ? null : faq.tags();
    return fields;
  }

  private static FaqWriteDto.Faq fields(FaqChange change) {
    FaqWriteDto.Faq fields = new FaqWriteDto.Faq();
    fields.question = change.question().orElse(null);
    fields.answer = change.answer().orElse(null);
    fields.answerRichText = change.answerRichText().map(RichTextWire::encode).orElse(null);
    fields.categoryId = change.category().map(CategoryId::value).orElse(null);
    fields.tags = change.tags().orElse(null);
    return fields;
  }

  private static String shortened(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
