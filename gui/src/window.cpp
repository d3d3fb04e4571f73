// GLFW + OpenGL 3 + ImGui backends: creation, the frame loop primitives, read-back.
#include "window.hpp"

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#define GLFW_INCLUDE_NONE
#include <GL/gl.h>
#include <GLFW/glfw3.h>

#include <filesystem>
#include <stdexcept>

namespace annals::viewer {

namespace {

constexpr float font_size_px = 15.0f;
const char* const font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
std::vector<std::string> dropped_files;

void on_drop(GLFWwindow*, int count, const char** paths) {
  for (int i = 0; i < count; ++i) dropped_files.emplace_back(paths[i]);
}

void load_font() {
  ImGuiIO& io = ImGui::GetIO();
  // A proportional font reads better than ImGui's pixel font in screenshots for reports;
  // fall back to the built-in one when DejaVu is not installed.
  std::error_code error;
  if (std::filesystem::exists(font_path, error))
    io.Fonts->AddFontFromFileTTF(font_path, font_size_px);
  else
    io.Fonts->AddFontDefault();
}

}  // namespace

Window::Window(int width, int height, const std::string& title, const std::string& ini_path)
    : ini_path_(ini_path) {
  if (!glfwInit()) throw std::runtime_error("cannot open a window: no display (is DISPLAY set?)");
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  window_ = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
  if (!window_) {
    glfwTerminate();
    throw std::runtime_error("cannot create an OpenGL 3.3 window");
  }
  glfwMakeContextCurrent(window_);
  glfwSwapInterval(1);
  glfwSetDropCallback(window_, on_drop);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = ini_path_.empty() ? nullptr : ini_path_.c_str();
  ImGui::StyleColorsDark();
  load_font();
  ImGui_ImplGlfw_InitForOpenGL(window_, true);
  ImGui_ImplOpenGL3_Init("#version 330");
}

Window::~Window() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window_);
  glfwTerminate();
}

bool Window::should_close() const { return glfwWindowShouldClose(window_) != 0; }

void Window::begin_frame(double wait_seconds) {
  if (wait_seconds > 0) glfwWaitEventsTimeout(wait_seconds);
  else glfwPollEvents();
}

void Window::new_imgui_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
}

void Window::render() {
  int width = 0;
  int height = 0;
  glfwGetFramebufferSize(window_, &width, &height);
  glViewport(0, 0, width, height);
  constexpr float background = 0.08f;
  glClearColor(background, background, background, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Window::present() { glfwSwapBuffers(window_); }

Pixels Window::read_pixels() const {
  Pixels pixels;
  glfwGetFramebufferSize(window_, &pixels.width, &pixels.height);
  const auto row = static_cast<std::size_t>(pixels.width) * 4;
  std::vector<std::uint8_t> bottom_up(row * static_cast<std::size_t>(pixels.height));
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, pixels.width, pixels.height, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
  // GL's first row is the bottom one; images start at the top.
  pixels.rgba.resize(bottom_up.size());
  for (std::size_t y = 0; y < static_cast<std::size_t>(pixels.height); ++y) {
    const auto from = bottom_up.begin() + static_cast<std::ptrdiff_t>(
                                              (static_cast<std::size_t>(pixels.height) - 1 - y) * row);
    std::copy(from, from + static_cast<std::ptrdiff_t>(row),
              pixels.rgba.begin() + static_cast<std::ptrdiff_t>(y * row));
  }
  return pixels;
}

std::vector<std::string> Window::take_dropped_files() {
  std::vector<std::string> out;
  out.swap(dropped_files);
  return out;
}

}  // namespace annals::viewer
