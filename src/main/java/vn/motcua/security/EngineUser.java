package vn.motcua.security;

import java.util.List;

/** The authenticated principal: an engine user with the groups and tenants the engine authorizes by. */
public record EngineUser(String id, List<String> groupIds, List<String> tenantIds) {

    public static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

    @Override
    public String toString() {
        return id;
    }
}
