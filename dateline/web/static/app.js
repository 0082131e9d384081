// Small progressive enhancement; every page works without it.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("button[data-toggle]").forEach(function (button) {
    var target = document.getElementById(button.getAttribute("data-target"));
    var cls = button.getAttribute("data-toggle");
    if (!target) { return; }
    button.addEventListener("click", function () {
      var on = target.classList.toggle(cls);
      button.textContent = on ? "Show removed text" : "Hide removed text";
    });
  });
  // On a happening page, bring the first evidence sentence of each source into view.
  document.querySelectorAll(".source .text").forEach(function (box) {
    var mark = box.querySelector("mark");
    if (mark) { box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40); }
  });
});
