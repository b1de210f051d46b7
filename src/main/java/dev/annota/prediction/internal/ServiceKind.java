package dev.annota.prediction.internal;

/** The protocols a prediction service may speak. */
enum ServiceKind {
    /** A Label Studio ML backend: {@code POST {url}/predict} with Label Studio tasks and the label config. */
    LABEL_STUDIO,
    /** An OpenAI-compatible API: {@code POST {url}/chat/completions}, one request per item and templated question. */
    OPENAI
}
