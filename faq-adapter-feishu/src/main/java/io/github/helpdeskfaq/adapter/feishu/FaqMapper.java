package io.github.helpdeskfaq.adapter.feishu;

import io.github.helpdeskfaq.domain.Category;
import io.github.helpdeskfaq.domain.CategoryId;
import io.github.helpdeskfaq.domain.Faq;
import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.HelpdeskId;
import io.github.helpdeskfaq.domain.TicketUser;
import io.github.helpdeskfaq.domain.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the wire DTOs into domain records. The lenient reading is done by then (in the Moshi adapters); what is
 * decided here is what the domain needs:
 * <ul>
 *   <li>the FAQ's id is {@code faq_id}, else the legacy {@code id}, else the id that was asked for; the legacy id is
 *       {@code id};</li>
 *   <li>a category's id is {@code category_id}, else its legacy {@code id};</li>
 *   <li>an id that is {@code null} or blank is absent (the domain's id types refuse blank values); any other field
 *       keeps what was sent, an empty string included;</li>
 *   <li>rich-text elements are typed by {@link RichTextMapper}, which keeps an element it cannot type as an unknown
 *       element rather than failing the FAQ.</li>
 * </ul>
 * A FAQ id that the domain refuses (one that is not path-safe) is an {@link IllegalArgumentException} naming the
 * field: the answer cannot be represented. The other ids are carried as they came.
 */
final class FaqMapper {

  private FaqMapper() {}

  /**
   * Maps a FAQ.
   *
   * @param dto the FAQ as read from the wire
   * @param requested the id that was asked for, the last fallback for the FAQ's id; empty when nothing was asked
   * @return the FAQ
   * @throws IllegalArgumentException if the FAQ has no usable id, or an id the domain refuses
   */
  static Faq toFaq(FaqDto dto, Optional<FaqId> requested) {
    FaqId id = nonBlank(dto.faqId).or(() -> nonBlank(dto.id)).map(FaqId::of).or(() -> requested)
        .orElseThrow(() -> new IllegalArgumentException("the FAQ has neither a faq_id nor an id"));
    return Faq.builder(id)
        .legacyId(nonBlank(dto.id).orElse(null))
        .helpdeskId(nonBlank(dto.helpdeskId).map(HelpdeskId::of).orElse(null))
        .question(dto.question)
        .answer(dto.answer)
        .answerRichText(RichTextMapper.toElements(dto.answerRichtext))
        .content(dto.content)
        .type(dto.type)
        .createTime(dto.createTime)
        .updateTime(dto.updateTime)
        .expireTime(dto.expireTime)
        .categories(mapAll(dto.categories, FaqMapper::toCategory))
        .tags(dto.tags == null ? List.of() : dto.tags)
        .createUser(dto.createUser == null ? null : toUser(dto.createUser))
        .updateUser(dto.updateUser == null ? null : toUser(dto.updateUser))
        .build();
  }

  static Category toCategory(CategoryDto dto) {
    return new Category(
        nonBlank(dto.categoryId).or(() -> nonBlank(dto.id)).map(CategoryId::of),
        nonBlank(dto.id),
        Optional.ofNullable(dto.name),
        nonBlank(dto.parentId).map(CategoryId::of),
        nonBlank(dto.helpdeskId).map(HelpdeskId::of),
        Optional.ofNullable(dto.language));
  }

  static TicketUser toUser(TicketUserDto dto) {
    return new TicketUser(
        nonBlank(dto.id).map(UserId::of),
        Optional.ofNullable(dto.avatarUrl),
        Optional.ofNullable(dto.name),
        Optional.ofNullable(dto.department),
        Optional.ofNullable(dto.city),
        Optional.ofNullable(dto.country));
  }

  private static <D, R> List<R> mapAll(List<D> dtos, Function<D, R> mapping) {
    List<R> mapped = new ArrayList<>();
    if (dtos != null) {
      dtos.forEach(dto -> mapped.add(mapping.apply(dto)));
    }
    return mapped;
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
