import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/adapters/article-extractor.js';

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Three killed in shootout on Tajik-Afghan border | Pamir Daily</title>
  <meta property="og:title" content="Three killed in shootout on Tajik-Afghan border">
  <script>window.dataLayer = [{ section: 'security' }];</script>
  <style>.cookie-banner { position: fixed; }</style>
</head>
<body class="page has-sidebar">
  <div id="cookie-consent" class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
  <header class="site-header">
    <a href="/">Pamir Daily</a>
    <nav class="main-nav"><ul><li><a href="/politics">Politics</a></li><li><a href="/security">Security</a></li></ul></nav>
  </header>
  <div class="breadcrumbs"><a href="/">Home</a> / <a href="/security">Security</a></div>
  <main>
    <article class="story">
      <h1>Three killed in shootout on Tajik-Afghan border</h1>
      <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Telegram</a></div>
      <div itemprop="articleBody" class="story-body">
        <p>Tajik border guards clashed with a group of armed smugglers on the Panj river in the Shamsiddin
        Shohin district overnight on Sunday, the State Committee for National Security said.</p>
        <p>Three members of the group were killed and one border guard was wounded in the exchange of fire,
        according to the statement.</p>
        <div class="ad-slot"><p>Advertisement</p></div>
        <p>Border guards seized 42 kilograms of hashish at the scene.</p>
        <p>Read more</p>
        <script>trackRead();</script>
      </div>
      <section class="related-stories">
        <h2>Related stories</h2>
        <ul><li><a href="/a">Floods in Khatlon damage roads</a></li><li><a href="/b">New bridge opens in Darvoz</a></li></ul>
      </section>
      <div class="newsletter-subscribe"><p>Subscribe to our daily newsletter for the latest security news.</p><form><input type="email"></form></div>
      <section id="comments"><h3>Comments (2)</h3><p>Reader: What a tragedy.</p></section>
    </article>
  </main>
  <aside class="sidebar"><h3>Most read</h3><p>Currency rates for Monday</p></aside>
  <footer class="site-footer"><p>© 2025 Pamir Daily. All rights reserved.</p></footer>
</body>
</html>`;

describe('extractArticle', () => {
  it('returns the headline and the story paragraphs, joined by blank lines', () => {
    const article = extractArticle(NEWS_PAGE, 'https://pamir-daily.example/security/2025/06/02/shootout');

    expect(article.title).toBe('Three killed in shootout on Tajik-Afghan border');
    expect(article.text.split('\n\n')).toEqual([
      'Tajik border guards clashed with a group of armed smugglers on the Panj river in the Shamsiddin Shohin district overnight on Sunday, the State Committee for National Security said.',
      'Three members of the group were killed and one border guard was wounded in the exchange of fire, according to the statement.',
      'Border guards seized 42 kilograms of hashish at the scene.',
    ]);
  });

  it('leaves out navigation, banners, related stories, share and subscribe blocks, comments and footer', () => {
    const { text } = extractArticle(NEWS_PAGE, 'https://pamir-daily.example/a');

    for (const boilerplate of [
      'cookies',
      'Politics',
      'Home',
      'Share on',
      'Advertisement',
      'Floods in Khatlon',
      'newsletter',
      'What a tragedy',
      'Currency rates',
      'All rights reserved',
      'trackRead',
      'dataLayer',
      'Read more',
    ]) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it('finds the densest block of paragraphs on a page without semantic markup', () => {
    const html = `<html><body>
      <div class="top"><p>Weather: +31°C in Dushanbe</p></div>
      <div class="col-left"><p>Menu item</p><p>Another link</p></div>
      <div class="col-main">
        <p>Кыргызские и таджикские пограничники обменялись огнём у села Ворух в Исфаринском районе.</p>
        <p>По данным пограничной службы, ранены двое военнослужащих, ситуация стабилизирована.</p>
        <p>Стороны договорились об отводе сил от линии соприкосновения.</p>
      </div>
      <div class="bottom"><p>Contacts</p></div>
    </body></html>`;

    const article = extractArticle(html, 'https://news.example.kg/1');

    expect(article.text.split('\n\n')).toHaveLength(3);
    expect(article.text).toMatch(/^Кыргызские и таджикские пограничники/);
    expect(article.text).not.toContain('Weather');
    expect(article.title).toBeNull();
  });

  it('keeps a wrapper named like boilerplate when it holds the story itself', () => {
    const html = `<html><body><div class="content with-sidebar-layout">
      <p>Drone attack reported near the Kyrgyz-Tajik border in Batken region, officials said.</p>
      <p>No casualties were reported, according to the regional administration.</p>
    </div><div class="sidebar"><p>Popular: exchange rates</p></div></body></html>`;

    const { text } = extractArticle(html, 'https://news.example.kg/2');

    expect(text).toContain('Drone attack reported');
    expect(text).not.toContain('exchange rates');
  });

  it('returns empty text for a page without any text', () => {
    expect(
      extractArticle('<html><head><title>Empty</title></head><body></body></html>', 'https://x.example/'),
    ).toEqual({
      title: 'Empty',
      text: '',
    });
  });

  it('bounds the work on hostile pages: deep nesting and thousands of boilerplate blocks', () => {
    const deep = `<html><body><article><p>${'<span>'.repeat(60_000)}Khorog${'</span>'.repeat(60_000)}</p></article></body></html>`;
    const noisy = `<html><body>${'<div class="ad"><div class="share">x</div></div>'.repeat(20_000)}<p>Isfara clash.</p></body></html>`;

    const started = performance.now();
    const deepArticle = extractArticle(deep, 'https://x.example/deep');
    const noisyArticle = extractArticle(noisy, 'https://x.example/noisy');
    const elapsed = performance.now() - started;

    expect(deepArticle.text).toBe('Khorog');
    expect(noisyArticle.text).toBe('Isfara clash.');
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe('lead paragraphs outside the article body', () => {
  it('keeps a standfirst that the template puts before the articleBody block', () => {
    const html = `<html><body><article itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">Житель Согдийской области погиб от выстрела узбекского пограничника</h1>
      <div class="material__lead" itemprop="description"><p>Гражданин Таджикистана погиб на таджикско-узбекской границе: вечером в воскресенье, 4 января, в него выстрелил пограничник.</p></div>
      <div itemprop="articleBody"><p>Погибший — 34-летний житель Зафарабадского района. По словам родственников, он пас скот недалеко от линии границы.</p>
      <p>Пограничные войска Узбекистана сообщили, что проводят служебную проверку.</p></div>
      <section class="read-also"><a href="/x">Читайте также</a></section></article></body></html>`;

    const { text } = extractArticle(html, 'https://fergana-vestnik.example/news/1.html');

    expect(text.split('\n\n')[0]).toMatch(/^Гражданин Таджикистана погиб .* вечером в воскресенье, 4 января/);
    expect(text).toContain('служебную проверку');
    expect(text).not.toContain('Читайте также');
  });
});
