import { Component, type ComponentChildren } from 'preact';

/** One failing section says so in a line instead of blanking the whole popup (or vanishing). */
export class SectionBoundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('[Lede] popup section failed:', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p class="status error" role="alert" data-testid="section-error">
        Lede could not show this part. The rest of the popup still works.
      </p>
    );
  }
}
