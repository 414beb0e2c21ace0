package vn.motcua.calendar;

import java.time.ZoneId;

/** Every legal moment is Vietnamese local time, whatever the server's own zone is. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }
}
