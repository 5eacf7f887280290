"""The sign-in page, protected by tenants.sign_in (django-axes and a per-address cap)."""

from __future__ import annotations

from django.contrib.auth import views as auth_views

from tenants.sign_in import SignInForm


class SignInView(auth_views.LoginView):
    template_name = "registration/login.html"
    redirect_authenticated_user = True
    form_class = SignInForm


login = SignInView.as_view()
