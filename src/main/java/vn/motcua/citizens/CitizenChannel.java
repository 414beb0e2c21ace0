package vn.motcua.citizens;

import java.util.Optional;

import vn.motcua.cases.Applicant;

/**
 * A way to reach an applicant: e-mail ({@link EmailChannel}), or an SMS or Zalo gateway plugged in as a
 * Spring bean implementing this interface (README: 'Thông báo cho tổ chức, công dân'). Each configured
 * channel on which the applicant gave an address gets its own copy of every notice, queued and retried
 * on its own.
 */
public interface CitizenChannel {

    /** The name stored with each message, stable across releases: "email", "sms", "zalo". */
    String name();

    /** Whether the channel can send at all here (its server configured); an unconfigured one queues nothing. */
    default boolean configured() {
        return true;
    }

    /** The applicant's address on this channel, when they gave one. */
    Optional<String> addressOf(Applicant applicant);

    /**
     * Hands the message over. Returns normally only when the other side has accepted it; any failure
     * throws, and the message is tried again later unless the failure is {@linkplain
     * CitizenChannelException#permanent() permanent}.
     */
    void send(CitizenMessage message) throws CitizenChannelException;
}
