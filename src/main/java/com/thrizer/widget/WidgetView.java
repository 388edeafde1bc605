package com.thrizer.widget;

/** A widget as its practice sees it: whether it can be used (and why not), where it lives, how to embed it. */
public record WidgetView(Widget widget, boolean usable, String unusableReason, String shareUrl, String embedSnippet) {}
