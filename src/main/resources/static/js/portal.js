// Small progressive enhancements; every page works without them.
(function () {
  'use strict';

  // Show or hide a group of fields with a checkbox (owner differs, postal return).
  document.querySelectorAll('[data-toggles]').forEach(function (checkbox) {
    var target = document.getElementById(checkbox.dataset.toggles);
    if (!target) {
      return;
    }
    var showWhenChecked = checkbox.dataset.toggleWhen !== 'unchecked';
    var update = function () {
      target.hidden = checkbox.checked !== showWhenChecked;
    };
    checkbox.addEventListener('change', update);
    update();
  });

  // A file fits the accept list by its media type or by its extension: some systems give Word and
  // spreadsheet files no media type, or a generic one.
  var isAccepted = function (file, accepted) {
    var name = file.name.toLowerCase();
    if (!file.type && name.indexOf('.') < 0) {
      return true;
    }
    return accepted.some(function (entry) {
      var wanted = entry.trim().toLowerCase();
      return wanted.charAt(0) === '.' ? name.slice(-wanted.length) === wanted : wanted === file.type;
    });
  };

  // Check size and type as soon as a file is chosen; the server checks the bytes again.
  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    input.addEventListener('change', function () {
      var max = Number(input.dataset.maxBytes);
      var accepted = (input.getAttribute('accept') || '').split(',').filter(Boolean);
      var feedback = input.parentElement.querySelector('.client-file-error');
      var problems = [];
      Array.prototype.forEach.call(input.files, function (file) {
        if (file.size > max) {
          problems.push(feedback.dataset.msgSize.replace('{0}', file.name));
        } else if (accepted.length && !isAccepted(file, accepted)) {
          problems.push(feedback.dataset.msgType.replace('{0}', file.name));
        }
      });
      feedback.textContent = problems.join(' ');
      input.classList.toggle('is-invalid', problems.length > 0);
      if (problems.length > 0) {
        input.value = '';
      }
    });
  });

  // Ask before deleting.
  document.querySelectorAll('[data-confirm]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      if (!window.confirm(button.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });

  // One click, one request. The buttons are disabled only after the browser has taken the pressed
  // button's value into the request.
  document.querySelectorAll('form[data-prevent-double-submit]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.submitting === 'true') {
        event.preventDefault();
        return;
      }
      form.dataset.submitting = 'true';
      window.setTimeout(function () {
        form.querySelectorAll('button[type=submit]').forEach(function (button) {
          button.disabled = true;
        });
      }, 0);
    });
  });

  // Move focus to the summary of problems so that screen readers announce it.
  var summary = document.getElementById('error-summary') || document.getElementById('submit-problems')
    || document.getElementById('receipt');
  if (summary) {
    summary.focus();
  }

  // A table wider than the screen scrolls inside its box: the box then takes the keyboard focus,
  // so that it can be scrolled without a mouse, and is named by the table's caption.
  var boxes = document.querySelectorAll('.table-responsive');
  var markScrollingTables = function () {
    boxes.forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
      if (scrolls && !box.hasAttribute('tabindex')) {
        var caption = box.querySelector('caption');
        box.setAttribute('tabindex', '0');
        box.setAttribute('role', 'region');
        box.dataset.scrolling = 'true';
        if (caption) {
          box.setAttribute('aria-label', caption.textContent.trim());
        }
      } else if (!scrolls && box.dataset.scrolling === 'true') {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
        delete box.dataset.scrolling;
      }
    });
  };
  if (boxes.length > 0) {
    markScrollingTables();
    window.addEventListener('resize', markScrollingTables);
  }

  // A new captcha image on request.
  document.querySelectorAll('[data-captcha-refresh]').forEach(function (button) {
    button.addEventListener('click', function () {
      var image = document.getElementById(button.dataset.captchaRefresh);
      image.src = image.src.split('?')[0] + '?t=' + Date.now();
    });
  });

  // A page that only leads on (to the identity provider's logout) follows its link at once: a
  // redirect would be refused by the browser, as the logout form may post to the portal only.
  document.querySelectorAll('a[data-follow]').forEach(function (link) {
    window.location.replace(link.href);
  });
})();
