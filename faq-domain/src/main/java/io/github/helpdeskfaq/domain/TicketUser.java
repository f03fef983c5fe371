package io.github.helpdeskfaq.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A helpdesk user who created or last updated a FAQ. Every component may be absent, as it may be on the wire;
 * the helpdesk may show the department only to callers with the permission to see it.
 *
 * @param id the user's id
 * @param avatarUrl the URL of the user's avatar
 * @param name the user's name
 * @param department the name of the user's department
 * @param city the user's city
 * @param country the user's country
 */
public record TicketUser(
    Optional<UserId> id,
    Optional<String> avatarUrl,
    Optional<String> name,
    Optional<String> department,
    Optional<String> city,
    Optional<String> country) {

  /** Validates the components. */
  public TicketUser {
    Objects.requireNonNull(id, "id must not be null (use Optional.empty())");
    Objects.requireNonNull(avatarUrl, "avatarUrl must not be null (use Optional.empty())");
    Objects.requireNonNull(name, "name must not be null (use Optional.empty())");
    Objects.requireNonNull(department, "department must not be null (use Optional.empty())");
    Objects.requireNonNull(city, "city must not be null (use Optional.empty())");
    Objects.requireNonNull(country, "country must not be null (use Optional.empty())");
  }

  /**
   * A user with an id and a name and nothing else.
   *
   * @param id the user's id
   * @param name the user's name
   * @return the user
   */
  public static TicketUser of(UserId id, String name) {
    return new TicketUser(Optional.of(id), Optional.empty(), Optional.of(name), Optional.empty(), Optional.empty(),
        Optional.empty());
  }
}
