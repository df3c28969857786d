import { Component, type ComponentChildren } from 'preact';
import { t } from '../../locales/i18n';

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
        {t('section_failed')}
      </p>
    );
  }
}
