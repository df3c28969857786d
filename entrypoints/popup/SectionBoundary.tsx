import { Component, type ComponentChildren } from 'preact';

/** One failing section hides itself instead of blanking the whole popup. */
export class SectionBoundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('[Lede] popup section failed:', error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
