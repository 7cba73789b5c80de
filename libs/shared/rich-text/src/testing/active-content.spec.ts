import { activeContentIn } from './active-content';

describe('activeContentIn', () => {
  it('finds nothing in inert rich text, including escaped markup in its text', () => {
    const html =
      '<div class="x"><p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1)</p><p><a href="https://a.se" rel="noopener noreferrer">a</a></p><ol start="2"><li><p>x</p></li></ol></div>';
    expect(activeContentIn(html)).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', 'element <script>'],
    ['<p><img src=x onerror=alert(1)></p>', 'element <img>'],
    ['<p onclick="alert(1)">x</p>', 'onclick= on <p>'],
    ['<p ONMOUSEOVER=alert(1)>x</p>', 'onmouseover= on <p>'],
    ['<p style="color:red">x</p>', 'style= on <p>'],
    ['<a href="javascript:alert(1)">x</a>', 'href="javascript:alert(1)" on <a>'],
    ['<a href="&#106;avascript:alert(1)">x</a>', 'href="javascript:alert(1)" on <a>'],
    ["<a href='  JAVA&Tab;SCRIPT:alert(1)'>x</a>", 'href="  JAVA\tSCRIPT:alert(1)" on <a>'],
    ['<a href="data:text/html,x">x</a>', 'href="data:text/html,x" on <a>'],
    ['<a href=vbscript:msgbox(1)>x</a>', 'href="vbscript:msgbox(1)" on <a>'],
  ])('finds the active content in %s', (html, finding) => {
    expect(activeContentIn(html)).toContain(finding);
  });
});
