package vn.motcua.deadlines;

import static vn.motcua.calendar.VietnamTime.local;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.VietnamTime;

/**
 * The notifications table. A notification is written in the transaction of the engine job that fired
 * it, under a key that names the dossier, the kind, the step and the round: a retried or concurrent
 * job can commit it once only.
 */
@Repository
public class Notifications {

    /** The recipient of notices to the citizen (by e-mail or SMS gateway, outside the engine). */
    public static final String APPLICANT = "applicant";

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the notification unless it exists; returns true when it was new. */
    boolean add(String key, String dossierCode, NotificationKind kind, String activityId, String recipient,
                String message, OffsetDateTime dueAt, OffsetDateTime now) {
        if (jdbc.sql("select count(*) from motcua_notification where dedup_key = :key").param("key", key)
                .query(Integer.class).single() > 0) {
            return false;
        }
        jdbc.sql("""
                        insert into motcua_notification (dedup_key, dossier_code, kind, activity_id, recipient, message,
                            due_at, created_at)
                        values (:key, :code, :kind, :activity, :recipient, :message, :dueAt, :now)""")
                .param("key", key)
                .param("code", dossierCode)
                .param("kind", kind.name())
                .param("activity", activityId)
                .param("recipient", recipient)
                .param("message", message)
                .param("dueAt", utc(dueAt))
                .param("now", utc(now))
                .update();
        return true;
    }

    /**
     * Tells each group of a QMS event (a document issued, ...) once: the key is the record's code, the
     * kind and the group. Returns the groups told now.
     */
    public List<String> tell(String recordCode, NotificationKind kind, List<String> groups, String subject, String detail,
                             OffsetDateTime when) {
        String message = kind.message(subject, detail, when.atZoneSameInstant(VietnamTime.ZONE)
                .format(VietnamTime.DAY));
        List<String> told = new java.util.ArrayList<>();
        for (String group : groups) {
            if (add(String.join("|", recordCode, kind.name(), group), recordCode, kind, null, group, message, null, when)) {
                told.add(group);
            }
        }
        return told;
    }

    /** Unread notifications of the groups, newest first. */
    public List<Notification> unread(List<String> groups, int limit) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from motcua_notification where recipient in (:groups) and read_at is null "
                        + "order by created_at desc, id desc")
                .param("groups", groups)
                .query(this::map)
                .list().stream().limit(limit).toList();
    }

    public List<Notification> ofDossier(String dossierCode) {
        return jdbc.sql("select * from motcua_notification where dossier_code = :code order by created_at, id")
                .param("code", dossierCode).query(this::map).list();
    }

    /** Marks a notification of one of the groups read; false when there is none. */
    public boolean markRead(long id, List<String> groups, String user, OffsetDateTime now) {
        if (groups.isEmpty()) {
            return false;
        }
        return jdbc.sql("update motcua_notification set read_at = :now, read_by = :user "
                        + "where id = :id and recipient in (:groups) and read_at is null")
                .param("now", utc(now)).param("user", user).param("id", id).param("groups", groups)
                .update() > 0;
    }

    public long count(NotificationKind kind) {
        return jdbc.sql("select count(*) from motcua_notification where kind = :kind").param("kind", kind.name())
                .query(Long.class).single();
    }

    private Notification map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Notification(rs.getLong("id"), rs.getString("dossier_code"),
                NotificationKind.valueOf(rs.getString("kind")), rs.getString("activity_id"), rs.getString("recipient"),
                rs.getString("message"), local(rs.getObject("due_at", OffsetDateTime.class)),
                local(rs.getObject("created_at", OffsetDateTime.class)), local(rs.getObject("read_at", OffsetDateTime.class)),
                rs.getString("read_by"));
    }

    private static OffsetDateTime utc(OffsetDateTime moment) {
        return moment == null ? null : moment.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
