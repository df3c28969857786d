import { Component, type ComponentChildren } from 'preact';
import { t } from '../../locales/i18n';

/** One failing part of the options page says so and leaves the rest of the page working. */
export class Boundary extends Component<{ title: string; children: ComponentChildren }, { error: string | null }> {
  override state = { error: null as string | null };

  static override getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown) {
    console.error(`[Lede] options: “${this.props.title}” failed:`, error);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <section class="card" role="alert" data-testid="section-error">
        <h2>{this.props.title}</h2>
        <p class="status error">{t('options_part_failed', this.state.error)}</p>
      </section>
    );
  }
}
