package vn.motcua.citizens;

/**
 * One message to an applicant on one channel, as queued and as handed to the channel.
 *
 * @param key       the moment it tells, {@code <dossierCode>:<notice>:<round>}: with the channel, unique; a
 *                  channel that can (e-mail's Message-ID) passes it on so the recipient's side can tell a copy
 * @param recipient the applicant's address on the channel (e-mail address, telephone number)
 * @param subject   one line, also the whole text where a channel has room for no more
 * @param text      plain text, several lines
 */
public record CitizenMessage(String key, String channel, String recipient, String dossierCode, CitizenNotice notice,
                             String subject, String text) {

    @Override
    public String toString() {
        // the recipient is personal data: never in a log line
        return "CitizenMessage[" + key + " by " + channel + "]";
    }
}
