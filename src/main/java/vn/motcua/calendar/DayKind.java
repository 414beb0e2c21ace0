package vn.motcua.calendar;

/** The kinds of non-standard day an administrator records for a year. */
public enum DayKind {
    /** Public holiday (Labour Code 2019 Art. 112). */
    HOLIDAY(false),
    /** Day off in lieu of a holiday that fell on a weekend, or a swapped day (ngày nghỉ bù / hoán đổi). */
    DAY_IN_LIEU(false),
    /** A Saturday or Sunday worked to make up a swapped day (ngày làm bù). */
    MAKE_UP_WORKING_DAY(true),
    /** A one-off closure decided by the authorities, e.g. a storm day. */
    CLOSURE(false);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean isWorking() {
        return working;
    }
}
