package vn.motcua.security;

import jakarta.servlet.http.HttpServletRequest;

/** The path a request is dispatched by: decoded and normalised by the container, as Jersey sees it. */
final class RequestPaths {

    private RequestPaths() {
    }

    static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }

    static boolean isSafe(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
    }
}
