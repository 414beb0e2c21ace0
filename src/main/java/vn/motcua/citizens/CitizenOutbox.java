package vn.motcua.citizens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The messages to applicants (motcua_citizen_message), each queued once under its key and channel and
 * marked sent once. An attempt first claims the message with one conditional update, so two nodes, or
 * the sender right after a commit and the poller, never send it both.
 */
@Repository
class CitizenOutbox {

    /** A queued message and how its delivery went. */
    record Entry(long id, CitizenMessage message, int attempts, Instant nextAttemptAt, Instant sentAt, Instant failedAt,
                 String lastError) {
    }

    private final JdbcClient jdbc;

    CitizenOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the message unless its key was queued on its channel before; its id when it is new. */
    Optional<Long> queue(CitizenMessage message, Instant now) {
        if (jdbc.sql("select count(*) from motcua_citizen_message where dedup_key = :key and channel = :channel")
                .param("key", message.key()).param("channel", message.channel()).query(Integer.class).single() > 0) {
            return Optional.empty();
        }
        // a concurrent twin (the same change committed twice cannot happen) would meet the unique constraint
        jdbc.sql("""
                        insert into motcua_citizen_message (dedup_key, channel, dossier_code, notice, recipient, subject,
                            body, created_at, attempts, next_attempt_at)
                        values (:key, :channel, :code, :notice, :recipient, :subject, :body, :now, 0, :now)""")
                .param("key", message.key())
                .param("channel", message.channel())
                .param("code", message.dossierCode())
                .param("notice", message.notice().name())
                .param("recipient", message.recipient())
                .param("subject", message.subject())
                .param("body", message.text())
                .param("now", utc(now))
                .update();
        return jdbc.sql("select id from motcua_citizen_message where dedup_key = :key and channel = :channel")
                .param("key", message.key()).param("channel", message.channel()).query(Long.class).optional();
    }

    /** Messages due for an attempt (never sent, not given up, not held by a running attempt), oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                        select id from motcua_citizen_message
                        where sent_at is null and failed_at is null and next_attempt_at <= :now
                          and (claimed_until is null or claimed_until < :now)
                        order by next_attempt_at, id""")
                .param("now", utc(now)).query(Long.class).list().stream().limit(limit).toList();
    }

    /**
     * Takes the message for one attempt until {@code until}; empty when it is sent, given up, not due, or
     * held by another attempt. Runs in a transaction of its own (autocommit), before the send.
     */
    Optional<CitizenMessage> claim(long id, Instant now, Instant until) {
        int claimed = jdbc.sql("""
                        update motcua_citizen_message set claimed_until = :until, attempts = attempts + 1
                        where id = :id and sent_at is null and failed_at is null and next_attempt_at <= :now
                          and (claimed_until is null or claimed_until < :now)""")
                .param("until", utc(until)).param("id", id).param("now", utc(now)).update();
        return claimed == 1 ? find(id).map(Entry::message) : Optional.empty();
    }

    void sent(long id, Instant now) {
        jdbc.sql("update motcua_citizen_message set sent_at = :now, claimed_until = null, last_error = null where id = :id")
                .param("now", utc(now)).param("id", id).update();
    }

    /** A failed attempt: tried again from {@code nextAttemptAt}, or never again when {@code permanent}. */
    void failed(long id, String error, boolean permanent, Instant now, Instant nextAttemptAt) {
        jdbc.sql("""
                        update motcua_citizen_message set claimed_until = null, last_error = :error,
                            next_attempt_at = :next, failed_at = :failedAt
                        where id = :id""")
                .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                .param("next", utc(nextAttemptAt))
                .param("failedAt", permanent ? utc(now) : null)
                .param("id", id).update();
    }

    Optional<Entry> find(long id) {
        return jdbc.sql("select * from motcua_citizen_message where id = :id").param("id", id).query(this::map).optional();
    }

    List<Entry> ofDossier(String dossierCode) {
        return jdbc.sql("select * from motcua_citizen_message where dossier_code = :code order by id")
                .param("code", dossierCode).query(this::map).list();
    }

    private Entry map(ResultSet rs, int row) throws SQLException {
        CitizenMessage message = new CitizenMessage(rs.getString("dedup_key"), rs.getString("channel"),
                rs.getString("recipient"), rs.getString("dossier_code"), CitizenNotice.valueOf(rs.getString("notice")),
                rs.getString("subject"), rs.getString("body"));
        return new Entry(rs.getLong("id"), message, rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"), instant(rs, "failed_at"), rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant moment) {
        return moment == null ? null : moment.atOffset(ZoneOffset.UTC);
    }
}
