package vn.motcua.organisation;

/** What a unit of the province's organisation is. */
public enum UnitKind {
    /** The provincial People's Committee (UBND tỉnh): the root. */
    PROVINCE,
    /** A provincial department or agency (sở, ban, ngành), or a provincial office of a vertical agency. */
    DEPARTMENT,
    /** A commune-level unit (xã, phường, đặc khu) and its People's Committee. */
    COMMUNE,
    /** An office or team inside a department, a commune or a former district (phòng, bộ phận). */
    OFFICE,
    /** A one-stop desk: the provincial public-service centre, or a commune's. */
    DESK,
    /** A district-level People's Committee: abolished on 1 July 2025, kept for the records before. */
    DISTRICT
}
