package dev.annota.failure;

/** What was asked for existed but was destroyed on purpose and will not come back. */
public non-sealed class Gone extends Failure {

    public Gone(String title, String detail) {
        super(title, detail, null);
    }
}
