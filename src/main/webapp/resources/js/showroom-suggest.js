// Suggestions under the showroom's search box: products and categories as the visitor types.
(function () {
  var input = document.getElementById('q');
  var box = document.getElementById('suggestions');
  if (!input || !box || !window.fetch) { return; }
  var timer = null;
  var asked = 0;

  function hide() { box.hidden = true; box.textContent = ''; }

  function section(title, items) {
    if (!items.length) { return; }
    var h = document.createElement('p');
    h.className = 'sr-suggest-title';
    h.textContent = title;
    box.appendChild(h);
    var ul = document.createElement('ul');
    items.forEach(function (item) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.name;
      a.setAttribute('role', 'option');
      li.appendChild(a);
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  function ask() {
    var typed = input.value.trim();
    if (typed.length < 2) { hide(); return; }
    var mine = ++asked;
    fetch(input.dataset.suggest + '?q=' + encodeURIComponent(typed), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (found) {
        if (mine !== asked || !found) { return; }
        box.textContent = '';
        section(input.dataset.products, found.products);
        section(input.dataset.categories, found.categories);
        box.hidden = !found.products.length && !found.categories.length;
      })
      .catch(hide);
  }

  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(ask, 150); });
  input.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(); } });
  document.addEventListener('click', function (e) { if (!box.contains(e.target) && e.target !== input) { hide(); } });
})();
