package vn.motcua.cases;

/** How the dossier reached the agency (Decree 61/2018 Art. 15). */
public enum Channel {
    IN_PERSON("Trực tiếp"),
    ONLINE("Trực tuyến"),
    POST("Bưu chính");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
