package cn.gongkai.render;

/** A page could not be rendered (a template error or a missing template); the message names the template. */
public final class RenderException extends RuntimeException {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
